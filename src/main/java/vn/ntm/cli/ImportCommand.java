package vn.ntm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.ntm.access.SystemActor;
import vn.ntm.errors.BadInputException;
import vn.ntm.imports.ImportMode;
import vn.ntm.install.Installation;
import vn.ntm.text.VietnameseDates;
import vn.ntm.unit.ImportReport;
import vn.ntm.unit.UnitImports;

/**
 * {@code ./ntm import --manifest=FILE} (the official lists in date order, then the mapping) or {@code --kind=LIST|
 * MAPPING|ATTRIBUTES --file=FILE [--effective=DATE] [--basis=TEXT]}; {@code --mode=VALID_ROWS} imports what is
 * valid. Prints each report with every issue; exit 0 when done or unchanged, 2 when a file was refused.
 */
@Component
@ConditionalOnProperty("ntm.cli.command")
class ImportCommand implements CliCommand {

    private final UnitImports imports;
    private final SystemActor system;
    private final Installation installation;
    private final Reports reports;

    ImportCommand(UnitImports imports, SystemActor system, Installation installation, Reports reports) {
        this.imports = imports;
        this.system = system;
        this.installation = installation;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(Invocation invocation, Console console) {
        installation.requireReal();
        List<ImportReport> done = system.run(Actor.name(), () -> execute(invocation));
        done.forEach(r -> reports.print(r, console));
        return done.stream().anyMatch(r -> r.outcome() == ImportReport.Outcome.REJECTED)
                ? ExitCode.REFUSED
                : ExitCode.OK;
    }

    private List<ImportReport> execute(Invocation invocation) {
        ImportMode mode = ImportMode.valueOf(invocation.mode());
        if (invocation.option("manifest").isPresent()) {
            return imports.importManifest(Path.of(invocation.options().get("manifest")), mode);
        }
        Path file = Path.of(invocation.options().get("file"));
        UnitImports.Kind kind =
                UnitImports.Kind.valueOf(invocation.option("kind").orElse("LIST"));
        LocalDate effective = invocation
                .option("effective")
                .map(text -> VietnameseDates.parse(text)
                        .orElseThrow(() -> new BadInputException("effective", "cli.error.badDate", text)))
                .orElse(null);
        return List.of(imports.importFile(
                kind,
                file.getFileName().toString(),
                read(file),
                effective,
                invocation.option("basis").orElse(null),
                mode,
                false));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp / cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
