package vn.ntm.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded cluster's {@code pg_hba.conf}: every connection, local socket or loopback, authenticates with a
 * password (scram-sha-256); nothing is trusted. Rewritten before every start, so a file edited by hand comes back.
 */
final class HostBasedAccess {

    static final String MARKER = "# NTM: mọi kết nối cần mật khẩu / every connection needs a password";
    private static final String CONTENT = MARKER + "\n"
            + "# Viết lại mỗi lần khởi động / rewritten at every start (vn.ntm.db.HostBasedAccess)\n"
            + "local   all   all                  scram-sha-256\n"
            + "host    all   all   127.0.0.1/32   scram-sha-256\n"
            + "host    all   all   ::1/128        scram-sha-256\n";

    private HostBasedAccess() {}

    /** True once the cluster has been made private (older clusters trusted every local connection). */
    static boolean isPrivate(Path dataDir) {
        Path file = dataDir.resolve("pg_hba.conf");
        try {
            return Files.exists(file)
                    && Files.readString(file, StandardCharsets.UTF_8).startsWith(MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dataDir) {
        Passwords.writePrivately(dataDir.resolve("pg_hba.conf"), out -> out.write(CONTENT));
    }
}
