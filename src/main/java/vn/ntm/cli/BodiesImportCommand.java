package vn.ntm.cli;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.ntm.access.SystemActor;
import vn.ntm.imports.ImportMode;
import vn.ntm.install.Installation;
import vn.ntm.org.BodyBulkImport;

/** {@code ./ntm bodies import --file=FILE [--mode=VALID_ROWS]}: bodies and their people from CSV, as on the screen. */
@Component
@ConditionalOnProperty("ntm.cli.command")
class BodiesImportCommand implements CliCommand {

    private final BodyBulkImport bodies;
    private final SystemActor system;
    private final Installation installation;
    private final Reports reports;

    BodiesImportCommand(BodyBulkImport bodies, SystemActor system, Installation installation, Reports reports) {
        this.bodies = bodies;
        this.system = system;
        this.installation = installation;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "bodies import";
    }

    @Override
    public int run(Invocation invocation, Console console) {
        installation.requireReal();
        Path file = Path.of(invocation.options().get("file"));
        BodyBulkImport.Report report = system.run(
                Actor.name(),
                () -> bodies.importCsv(
                        file.getFileName().toString(),
                        ImportCommand.read(file),
                        ImportMode.valueOf(invocation.mode()),
                        false));
        reports.print(
                report.fileName(), report.outcome(), report.message(), report.durationMs(), report.issues(), console);
        console.line("cli.bodies.counts", report.bodiesCreated(), report.peopleCreated(), report.positionsCreated());
        return "REJECTED".equals(report.outcome()) ? ExitCode.REFUSED : ExitCode.OK;
    }
}
