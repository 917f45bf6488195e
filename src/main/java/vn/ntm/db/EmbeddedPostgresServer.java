package vn.ntm.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();
    /** Held for the life of the JVM: the operating system releases them when it ends. */
    private static final Map<Path, DataDirectoryLock> LOCKS = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

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
        String configured = System.getenv("NTM_DATA_DIR");
        Path cluster = Path.of(StringUtils.hasText(configured) ? configured : DataDirectories.REAL).resolve("postgres")
                .toAbsolutePath().normalize();
        LOCKS.computeIfAbsent(cluster, DataDirectoryLock::acquire);
    }

    /** Starts (or reuses) the server on {@code dataDir} and returns a JDBC URL to {@code database}, creating it. */
    public static String jdbcUrl(Path dataDir, int port, String database, boolean fresh) {
        EmbeddedPostgres server = SERVERS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> start(dir, port));
        createDatabase(server, database, fresh);
        return server.getJdbcUrl("postgres", database);
    }

    private static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            LOCKS.computeIfAbsent(dataDir, DataDirectoryLock::acquire);
            Files.createDirectories(dataDir);
            StalePostmaster.clear(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "300")
                    // a national import writes a few gigabytes of WAL in one transaction: room to do it without
                    // a checkpoint every few seconds, and a cache that holds a province's values and results
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            log.info("PostgreSQL nhúng đang chạy / embedded PostgreSQL on port {} with data in {}",
                    server.getPort(), dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng trong " + dataDir
                    + " / cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void createDatabase(EmbeddedPostgres server, String database, boolean fresh) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Tên cơ sở dữ liệu không hợp lệ: " + database);
        }
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("drop database if exists " + database + " with (force)");
            }
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + database + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Không tạo được cơ sở dữ liệu " + database + ": " + e.getMessage(), e);
        }
    }
}
