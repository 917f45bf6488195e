package vn.ntm.db;

import java.nio.file.Path;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The demo and the real installation never share files: the demo ({@code ./mvnw spring-boot:run}) keeps its data in
 * {@code ./data/demo}, the real installation ({@code ./ntm serve}, {@code ./ntm ...}) in {@code ./data/ntm}.
 * {@code ntm.data-dir} ({@code NTM_DATA_DIR}) moves the installation's data elsewhere, and
 * {@code ntm.embedded-db.data-dir} names the PostgreSQL cluster directory itself.
 */
final class DataDirectories {

    static final String DEMO = "./data/demo";
    static final String REAL = "./data/ntm";

    private DataDirectories() {}

    /** The embedded cluster's directory for this start. */
    static Path cluster(EmbeddedDatabaseProperties properties, Environment environment) {
        if (properties.dataDir() != null) {
            return properties.dataDir();
        }
        return installation(environment).resolve("postgres");
    }

    static Path installation(Environment environment) {
        String configured = environment.getProperty("ntm.data-dir");
        if (StringUtils.hasText(configured)) {
            return Path.of(configured);
        }
        boolean demo = environment.getProperty("ntm.demo.enabled", Boolean.class, true);
        return Path.of(demo ? DEMO : REAL);
    }
}
