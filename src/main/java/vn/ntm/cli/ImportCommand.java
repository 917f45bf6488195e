package vn.ntm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ntm.access.SystemActor;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;
import vn.ntm.unit.ImportIssue;
import vn.ntm.unit.ImportMode;
import vn.ntm.unit.ImportReport;
import vn.ntm.unit.UnitImports;

/**
 * {@code ./ntm import ...}: imports a manifest of official lists, or one file, prints the report with every
 * issue, and exits (0 done or unchanged, 2 refused). Options: {@code --manifest=PATH} or {@code --file=PATH
 * --kind=LIST|MAPPING|ATTRIBUTES --effective=DATE --basis=TEXT}; {@code --mode=VALID_ROWS} to import what is valid.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "ntm.cli.command", havingValue = "import")
class ImportCommand implements ApplicationRunner {

    private final UnitImports imports;
    private final SystemActor system;
    private final Messages messages;
    private final ConfigurableApplicationContext context;

    ImportCommand(UnitImports imports, SystemActor system, Messages messages, ConfigurableApplicationContext context) {
        this.imports = imports;
        this.system = system;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exit;
        try {
            List<ImportReport> reports = system.run("cli:" + System.getProperty("user.name"), () -> execute(args));
            reports.forEach(ImportCommand::print);
            exit = reports.stream().anyMatch(r -> r.outcome() == ImportReport.Outcome.REJECTED) ? 2 : 0;
        } catch (ProblemException e) {
            System.err.println("LỖI / ERROR: " + messages.get(e.messageKey(), e.args()));
            exit = 2;
        }
        int code = exit;
        System.exit(org.springframework.boot.SpringApplication.exit(context, () -> code));
    }

    private List<ImportReport> execute(ApplicationArguments args) {
        ImportMode mode = ImportMode.valueOf(option(args, "mode", "ALL_OR_NOTHING"));
        String manifest = option(args, "manifest", null);
        if (manifest != null) {
            return imports.importManifest(Path.of(manifest), mode);
        }
        Path file = Path.of(option(args, "file", ""));
        UnitImports.Kind kind = UnitImports.Kind.valueOf(option(args, "kind", "LIST"));
        LocalDate effective = VietnameseDates.parse(option(args, "effective", null)).orElse(null);
        try {
            return List.of(imports.importFile(kind, file.getFileName().toString(), Files.readAllBytes(file), effective,
                    option(args, "basis", null), mode, false));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String option(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    private static void print(ImportReport r) {
        System.out.printf("%s [%s] %s: %s (%d ms)%n", r.fileName(), r.kind(), r.outcome(), r.message(), r.durationMs());
        System.out.println("  " + r.counts());
        for (ImportIssue i : r.issues()) {
            System.out.printf("  dòng/row %d %s %s %s: %s%n", i.row(), i.severity(), i.code(), i.name(), i.reason());
        }
    }
}
