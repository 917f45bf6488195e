package vn.ntm.cli;

/** Who the audit log names for a command: the operating-system user at the terminal. */
final class Actor {

    private Actor() {}

    static String name() {
        return "cli:" + System.getProperty("user.name");
    }
}
