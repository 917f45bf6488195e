package vn.ntm.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Instances started together on one database take turns at the start-up work (installation kind, shipped catalog,
 * demo data, first administrator; the runners between Boot's "started" and "ready"): each holds a PostgreSQL
 * advisory lock on a connection of its own meanwhile, so the second one finds the work done instead of doing it
 * twice at the same time. The lock goes with the connection, so a process killed half-way never leaves it held.
 */
@Component
class StartUpWorkLock {

    private static final Logger log = LoggerFactory.getLogger(StartUpWorkLock.class);
    /** Any number; the same in every instance ("ntmstart" in ASCII). */
    private static final long KEY = 0x6e746d7374617274L;

    private final DataSource dataSource;
    private Connection held;

    StartUpWorkLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener
    synchronized void take(ApplicationStartedEvent event) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(?)")) {
                log.info("Một phiên bản khác đang làm việc khởi động trên cùng cơ sở dữ liệu, chờ xong / another "
                        + "instance is doing its start-up work on this database, waiting");
                call(connection, "select pg_advisory_lock(?) is null");
            }
            held = connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @EventListener
    void release(ApplicationReadyEvent event) throws SQLException {
        release();
    }

    @EventListener
    void release(ApplicationFailedEvent event) throws SQLException {
        release();
    }

    private synchronized void release() throws SQLException {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            held = null;
            call(connection, "select pg_advisory_unlock(?)");
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
