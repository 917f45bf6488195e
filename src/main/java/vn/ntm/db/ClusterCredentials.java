package vn.ntm.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three roles of an embedded cluster and their passwords, generated at its first start and kept in
 * {@code postgres.credentials} beside the cluster directory (next to {@code postgres.lock}), readable only by the
 * owner of the files: the superuser {@code postgres} (creates databases and roles), the owner {@code ntm_owner}
 * (owns the schema, runs the migrations) and the application's {@code ntm_app} (reads and writes rows only).
 */
record ClusterCredentials(Login superuser, Login owner, Login app) {

    static final String OWNER = "ntm_owner";
    static final String APP = "ntm_app";
    private static final Logger log = LoggerFactory.getLogger(ClusterCredentials.class);

    /** The credentials file of a cluster directory: beside it, since initdb wants the directory itself empty. */
    static Path fileOf(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".credentials");
    }

    /** Reads the file, tightening its permissions if someone opened them. */
    static ClusterCredentials read(Path file) {
        try {
            if (!Files.getPosixFilePermissions(file).equals(Passwords.OWNER_ONLY)) {
                log.warn("Quyền của {} quá rộng: chỉ để chủ sở hữu đọc / permissions too open: set to rw-------", file);
                Files.setPosixFilePermissions(file, Passwords.OWNER_ONLY);
            }
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            return new ClusterCredentials(login(p, "superuser", file), login(p, "owner", file), login(p, "app", file));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + file + " / cannot read: " + e.getMessage(), e);
        }
    }

    /** New passwords for the three roles, written to {@code file} (owner only, on disk before they are used). */
    static ClusterCredentials generate(Path file) {
        ClusterCredentials created = new ClusterCredentials(
                new Login("postgres", Passwords.generate()),
                new Login(OWNER, Passwords.generate()),
                new Login(APP, Passwords.generate()));
        Properties p = new Properties();
        for (var entry : Map.of("superuser", created.superuser, "owner", created.owner, "app", created.app)
                .entrySet()) {
            p.setProperty(entry.getKey() + ".user", entry.getValue().user());
            p.setProperty(entry.getKey() + ".password", entry.getValue().password());
        }
        Passwords.writePrivately(
                file,
                out -> p.store(
                        out,
                        "NTM: mật khẩu của PostgreSQL nhúng, tạo lần đầu khởi "
                                + "động; giữ kín / passwords of the embedded PostgreSQL, made at its first start: keep private"));
        return created;
    }

    private static Login login(Properties p, String role, Path file) {
        String user = p.getProperty(role + ".user");
        String password = p.getProperty(role + ".password");
        if (user == null
                || password == null
                || !user.matches("[a-z_][a-z0-9_]*")
                || !password.chars().allMatch(c -> Passwords.ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalStateException("Tệp " + file + " thiếu hoặc sai " + role + ".user/" + role
                    + ".password / the credentials file is damaged");
        }
        return new Login(user, password);
    }
}
