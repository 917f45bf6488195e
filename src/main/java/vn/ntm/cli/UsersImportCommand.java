package vn.ntm.cli;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.ntm.access.SystemActor;
import vn.ntm.access.UserAdministration;
import vn.ntm.access.UserBulkImport;
import vn.ntm.imports.ImportMode;
import vn.ntm.install.Installation;

/**
 * {@code ./ntm users import --file=FILE [--mode=VALID_ROWS]}: users from CSV as on the screen; the temporary
 * passwords made for empty password cells are printed once and must be changed at first sign-in.
 */
@Component
@ConditionalOnProperty("ntm.cli.command")
class UsersImportCommand implements CliCommand {

    private final UserBulkImport users;
    private final SystemActor system;
    private final Installation installation;
    private final Reports reports;

    UsersImportCommand(UserBulkImport users, SystemActor system, Installation installation, Reports reports) {
        this.users = users;
        this.system = system;
        this.installation = installation;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "users import";
    }

    @Override
    public int run(Invocation invocation, Console console) {
        installation.requireReal();
        Path file = Path.of(invocation.options().get("file"));
        UserBulkImport.Report report = system.run(
                Actor.name(), () -> users.importCsv(ImportCommand.read(file), ImportMode.valueOf(invocation.mode())));
        reports.print(
                file.getFileName().toString(),
                report.outcome(),
                report.message(),
                report.durationMs(),
                report.issues(),
                console);
        for (UserAdministration.Created created : report.users()) {
            if (created.temporaryPassword() != null) {
                console.line("cli.users.temporaryPassword", created.user().username(), created.temporaryPassword());
            }
        }
        return "REJECTED".equals(report.outcome()) ? ExitCode.REFUSED : ExitCode.OK;
    }
}
