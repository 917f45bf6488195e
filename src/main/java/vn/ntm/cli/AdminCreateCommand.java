package vn.ntm.cli;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.ntm.access.FirstAdministrator;
import vn.ntm.access.SystemActor;
import vn.ntm.access.UserAdministration;
import vn.ntm.install.Installation;

/**
 * {@code ./ntm admin create --username=NAME [--password-stdin]}: a national administrator, with the password read
 * from standard input, or a one-time password printed once that must be changed at first sign-in.
 */
@Component
@ConditionalOnProperty("ntm.cli.command")
class AdminCreateCommand implements CliCommand {

    private final FirstAdministrator first;
    private final SystemActor system;
    private final Installation installation;

    AdminCreateCommand(FirstAdministrator first, SystemActor system, Installation installation) {
        this.first = first;
        this.system = system;
        this.installation = installation;
    }

    @Override
    public String name() {
        return "admin create";
    }

    @Override
    public int run(Invocation invocation, Console console) {
        installation.requireReal();
        String username = invocation.option("username").orElseThrow();
        UserAdministration.Created created =
                system.run(Actor.name(), () -> first.create(username, invocation.secret(), false, "ntm admin create"));
        console.line("cli.admin.created", created.user().username());
        if (created.temporaryPassword() != null) {
            console.line("cli.admin.oneTimePassword", created.temporaryPassword());
            console.line("cli.admin.oneTimePassword.note");
        }
        return ExitCode.OK;
    }
}
