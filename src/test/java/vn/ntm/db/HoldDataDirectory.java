package vn.ntm.db;

import java.nio.file.Path;

/** A second process for {@link DataDirectoryLockTest}: starts the embedded server on a directory and stays up. */
final class HoldDataDirectory {

    private HoldDataDirectory() {}

    public static void main(String[] args) throws InterruptedException {
        String url =
                EmbeddedPostgresServer.start(Path.of(args[0]), 0, "held", false).url();
        System.out.println("READY " + url);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
