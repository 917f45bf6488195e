package vn.ntm.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * One embedded PostgreSQL server per data directory and JVM. Tests start several Spring contexts; they share
 * the server and each uses its own database. The server stops with the JVM (zonky's shutdown hook).
 *
 * <p>Before touching the directory the JVM takes its {@link DataDirectoryLock}: if another process holds it (the
 * application is running), nothing is touched and {@link DataDirectoryInUseException} says so; if the lock is
 * free, a postmaster still running there was left by a killed run and is stopped ({@link StalePostmaster}).
 *
 * <p>The server is durable (fsync, synchronous commit and full-page writes on: zonky turns the first two off) and
 * private: every connection needs a password ({@link HostBasedAccess}), kept in {@link ClusterCredentials}. The
 * application connects as {@code ntm_app}, which owns nothing; the migrations run as {@code ntm_owner}.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, Running> SERVERS = new ConcurrentHashMap<>();
    /** Held for the life of the JVM: the operating system releases them when it ends. */
    private static final Map<Path, DataDirectoryLock> LOCKS = new ConcurrentHashMap<>();

    private record Running(EmbeddedPostgres postgres, ClusterCredentials credentials) {

        Connection superuser(String database) throws SQLException {
            return postgres.getDatabase(
                            credentials.superuser().user(),
                            database,
                            Map.of("password", credentials.superuser().password()))
                    .getConnection();
        }
    }

    private EmbeddedPostgresServer() {}

    /**
     * Takes the lock of the real installation's embedded data directory as the environment names it
     * ({@code NTM_DATA_DIR}, default {@code ./data/ntm}), before anything else starts, so that a command refuses at
     * once while the application runs there. Nothing to lock with an external database.
     *
     * @throws DataDirectoryInUseException when another process holds it
     */
    public static void lockRealInstallation() {
        if (StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL"))
                || StringUtils.hasText(System.getProperty("spring.datasource.url"))) {
            return;
        }
        LOCKS.computeIfAbsent(realInstallationCluster(), DataDirectoryLock::acquire);
    }

    /** The real installation's cluster directory: {@code postgres/} in {@code NTM_DATA_DIR} or {@code ./data/ntm}. */
    public static Path realInstallationCluster() {
        String configured = System.getenv("NTM_DATA_DIR");
        return Path.of(StringUtils.hasText(configured) ? configured : DataDirectories.REAL)
                .resolve("postgres")
                .toAbsolutePath()
                .normalize();
    }

    /** {@link #start(Path, int, String, boolean, boolean)}, durable. */
    public static EmbeddedDatabase start(Path dataDir, int port, String database, boolean fresh) {
        return start(dataDir, port, database, fresh, true);
    }

    /**
     * Starts (or reuses) the server on {@code dataDir} and returns how to reach {@code database}, creating it owned
     * by {@code ntm_owner}. {@code durable} is decided by the first start of the directory in this JVM; only tests
     * turn it off.
     */
    public static EmbeddedDatabase start(Path dataDir, int port, String database, boolean fresh, boolean durable) {
        Running server =
                SERVERS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> start(dir, port, durable));
        try {
            DatabaseSetup setup = new DatabaseSetup(server::superuser);
            setup.database(database, server.credentials().owner().user(), fresh);
            setup.secure(
                    database,
                    server.credentials().owner().user(),
                    server.credentials().app().user());
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Không tạo được cơ sở dữ liệu " + database + " / cannot create database: " + e.getMessage(), e);
        }
        return new EmbeddedDatabase(
                "jdbc:postgresql://localhost:" + server.postgres().getPort() + "/" + database,
                server.credentials().owner(),
                server.credentials().app());
    }

    private static Running start(Path dataDir, int port, boolean durable) {
        Path pwFile = null;
        try {
            LOCKS.computeIfAbsent(dataDir, DataDirectoryLock::acquire);
            Files.createDirectories(dataDir);
            StalePostmaster.clear(dataDir);
            boolean initialised = Files.exists(dataDir.resolve("postgresql.conf"));
            boolean trusting = initialised && !HostBasedAccess.isPrivate(dataDir);
            ClusterCredentials credentials = credentials(dataDir, initialised, trusting);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // a national import writes a few gigabytes of WAL in one transaction: room to do it without
                    // a checkpoint every few seconds, and a cache that holds a province's values and results
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setLocaleConfig("encoding", "UTF8")
                    .setConnectConfig("password", credentials.superuser().password());
            // zonky starts postgres with -F (no fsync) and synchronous_commit=off: an acknowledged commit could be
            // lost, the files corrupted, by a power cut. A later -c wins over both.
            String on = durable ? "on" : "off";
            builder.setServerConfig("fsync", on)
                    .setServerConfig("synchronous_commit", on)
                    .setServerConfig("full_page_writes", on);
            if (!initialised) {
                // initdb sets the superuser's password and writes password-only rules from the first moment
                pwFile = dataDir.resolveSibling(dataDir.getFileName() + ".initdb-password");
                Path file = pwFile;
                Passwords.writePrivately(
                        file, out -> out.write(credentials.superuser().password() + "\n"));
                builder.setLocaleConfig("pwfile", file.toString()).setLocaleConfig("auth", "scram-sha-256");
            }
            if (!trusting) {
                builder.setDataDirectoryCustomizer(dir -> HostBasedAccess.write(dir.toPath()));
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            Running running = new Running(postgres, credentials);
            if (trusting) {
                closeTheDoor(running, dataDir);
            }
            ensureRoles(running);
            log.info(
                    "PostgreSQL nhúng đang chạy / embedded PostgreSQL on port {} with data in {} ({})",
                    postgres.getPort(),
                    dataDir,
                    durable ? "durable" : "NOT durable: tests only");
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Không khởi động được PostgreSQL nhúng trong " + dataDir + " / cannot start embedded PostgreSQL: "
                            + e.getMessage(),
                    e);
        } finally {
            if (pwFile != null) {
                try {
                    Files.deleteIfExists(pwFile);
                } catch (IOException e) {
                    log.warn("Không xóa được {} / cannot delete: {}", pwFile, e.getMessage());
                }
            }
        }
    }

    /**
     * The passwords of the cluster: read, or generated for a new cluster or one made before passwords (which still
     * trusts local connections). A private cluster without its file cannot be opened any more.
     */
    private static ClusterCredentials credentials(Path dataDir, boolean initialised, boolean trusting) {
        Path file = ClusterCredentials.fileOf(dataDir);
        if (Files.exists(file)) {
            return ClusterCredentials.read(file);
        }
        if (initialised && !trusting) {
            throw new IllegalStateException("Thiếu tệp mật khẩu " + file + " của PostgreSQL nhúng trong " + dataDir
                    + ": chép lại tệp từ bản sao của thư mục dữ liệu, hoặc khôi phục bản sao lưu (./ntm restore) vào "
                    + "một thư mục mới. / The password file of the embedded PostgreSQL is missing: copy it back from "
                    + "a copy of the data directory, or restore a backup (./ntm restore) into a new directory.");
        }
        return ClusterCredentials.generate(file);
    }

    /**
     * A cluster made before passwords trusted every local connection and its superuser had none: give it its
     * password, then require passwords from now on (the rules are reloaded, no restart).
     */
    private static void closeTheDoor(Running server, Path dataDir) {
        try (Connection c = server.superuser("postgres");
                Statement s = c.createStatement()) {
            s.execute("alter role " + server.credentials().superuser().user() + " password '"
                    + server.credentials().superuser().password() + "'");
            HostBasedAccess.write(dataDir);
            s.execute("select pg_reload_conf()");
            log.warn(
                    "PostgreSQL nhúng trong {} từ nay cần mật khẩu (tệp {}) / now requires passwords",
                    dataDir,
                    ClusterCredentials.fileOf(dataDir));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Không đặt được mật khẩu cho PostgreSQL nhúng / cannot set passwords: " + e.getMessage(), e);
        }
    }

    /** The owner and the application's role, with the passwords of the file (which stays the reference). */
    private static void ensureRoles(Running server) {
        try {
            DatabaseSetup setup = new DatabaseSetup(server::superuser);
            setup.role(
                    server.credentials().owner().user(),
                    server.credentials().owner().password());
            setup.role(
                    server.credentials().app().user(),
                    server.credentials().app().password());
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Không tạo được vai trò của PostgreSQL nhúng / cannot create roles: " + e.getMessage(), e);
        }
    }
}
