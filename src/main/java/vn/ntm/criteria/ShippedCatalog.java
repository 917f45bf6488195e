package vn.ntm.criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.ntm.scope.SystemRun;

/**
 * Loads the criteria sets the product ships (classpath {@code catalog/*.json}, written from the reference data)
 * at every start. Unchanged files change nothing; a newer shipped file updates what the product shipped in its
 * set, never what an administrator entered there (on screen, by Excel or from their own file).
 */
@Component
@Order(5)
class ShippedCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedCatalog.class);

    private final SetImport sets;
    private final SystemRun system;

    ShippedCatalog(SetImport sets, SystemRun system) {
        this.sets = sets;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:catalog/*.json")) {
            ImportOutcome outcome =
                    system.run("system:catalog", () -> sets.importShipped(file.getFilename(), read(file)));
            log.info("Bộ tiêu chí / criteria set {}: {}", outcome.code(), outcome.outcome());
        }
    }

    private static byte[] read(Resource file) {
        try (var in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
