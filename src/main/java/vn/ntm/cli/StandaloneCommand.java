package vn.ntm.cli;

/**
 * A command that works on the database without starting the application ({@code backup}, {@code restore},
 * {@code db setup}): a restore must choose the schema version itself, and a set-up comes before any database.
 */
interface StandaloneCommand {

    /** Does the work and returns the exit code ({@link ExitCode}); a refusal is a {@code BackupRefusedException}. */
    int run(Invocation invocation, Console console) throws Exception;
}
