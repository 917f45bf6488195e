package vn.ntm.cli;

/** The exit codes of {@code ./ntm}, as documented in {@code ./ntm help} and the README. */
final class ExitCode {

    /** Done, or nothing to change. */
    static final int OK = 0;
    /** Something failed that is not the input's fault (database unreachable, unexpected error). */
    static final int FAILED = 1;
    /** The input was refused: a file, a row in "all or nothing", a name, a password; nothing was written. */
    static final int REFUSED = 2;
    /** The application is running on this data directory (its database is busy): nothing was touched. */
    static final int BUSY = 3;
    /** The command was written wrongly (unknown command or option, missing value). */
    static final int USAGE = 64;

    private ExitCode() {}
}
