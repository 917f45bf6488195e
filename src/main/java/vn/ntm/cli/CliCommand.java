package vn.ntm.cli;

/** A subcommand that works on the database, run once the application context has started without the web. */
interface CliCommand {

    /** As in {@link CommandSpec#name()}. */
    String name();

    /** Does the work as the system and returns the exit code ({@link ExitCode}). */
    int run(Invocation invocation, Console console);
}
