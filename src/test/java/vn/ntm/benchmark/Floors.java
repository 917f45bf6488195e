package vn.ntm.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.ntm.db.EmbeddedDatabase;

/**
 * The floor a benchmark figure is compared with, measured in the same run on the same database: the same rows
 * written by plain COPY into empty tables of the same shape (columns, defaults, keys and indexes), in one
 * transaction, commit included; and the cost of one commit. A figure divided by its floor is what can be compared
 * between runs on a busy machine. The rows are first copied out to a file (not timed), so memory stays small.
 */
public final class Floors {

    /** One table's rows: the real table whose shape is copied and the query that selects the rows. */
    public record Part(String table, String select) {}

    private final EmbeddedDatabase database;

    /** Connects as the schema owner (the application's role may not create tables). */
    public Floors(EmbeddedDatabase database) {
        this.database = database;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                database.url(), database.owner().user(), database.owner().password());
    }

    /** Best of {@code runs}, in seconds: COPY of every part's rows in one transaction, commit included. */
    public double copySeconds(int runs, List<Part> parts) {
        try (Connection c = connect()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<Path> files = new ArrayList<>();
            for (Part p : parts) {
                Path file = Files.createTempFile("floor-" + p.table(), ".copy");
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    copy.copyOut("COPY (" + p.select() + ") TO STDOUT", out);
                }
                files.add(file);
            }
            double best = Double.MAX_VALUE;
            for (int run = 0; run < runs; run++) {
                try (Statement s = c.createStatement()) {
                    for (Part p : parts) {
                        s.execute("drop table if exists floor_" + p.table());
                        s.execute("create table floor_" + p.table() + " (like " + p.table() + " including all)");
                    }
                }
                c.setAutoCommit(false);
                long t0 = System.nanoTime();
                for (int i = 0; i < parts.size(); i++) {
                    try (Reader in = Files.newBufferedReader(files.get(i), StandardCharsets.UTF_8)) {
                        copy.copyIn("COPY floor_" + parts.get(i).table() + " FROM STDIN", in);
                    }
                }
                c.commit();
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                c.setAutoCommit(true);
            }
            try (Statement s = c.createStatement()) {
                for (Part p : parts) {
                    s.execute("drop table if exists floor_" + p.table());
                }
            }
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            return best;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Median of {@code runs}, in ms: one transaction that writes one row and commits (the WAL waits for disk). */
    public double commitMs(int runs) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("drop table if exists floor_commit");
            s.execute("create table floor_commit (n int)");
            c.setAutoCommit(false);
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                s.execute("insert into floor_commit values (" + i + ")");
                c.commit();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            c.setAutoCommit(true);
            s.execute("drop table floor_commit");
            return median(ms);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Median of {@code runs}, in ms: one query, rows fetched. */
    public double queryMs(int runs, String sql) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                try (ResultSet rs = s.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int col = 1; col <= columns; col++) {
                            rs.getObject(col);
                        }
                    }
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            return median(ms);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The machine's load average (1, 5, 15 minutes), printed with every figure. */
    public static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * Waits (at most {@code maxSeconds}) for a second in which the machine's cores are at least 80% idle, and returns
     * the seconds waited: after a national bulk write the database vacuums and checkpoints for a while, and a page
     * timed then measures that background work, not the page.
     */
    /** {@link #waitForQuiet} in words for a figure's line, saying so when the machine never settled. */
    public static String afterQuiet(int maxSeconds) {
        int waited = waitForQuiet(maxSeconds);
        return waited < 0
                ? "after " + maxSeconds + " s without the machine settling (figures include background work)"
                : "after " + waited + " s waiting for the database's background work to settle";
    }

    /** As below; -1 when no quiet second came within {@code maxSeconds}. */
    public static int waitForQuiet(int maxSeconds) {
        for (int waited = 0; waited < maxSeconds; waited++) {
            long[] before = cpuTicks();
            sleep(1000);
            long[] after = cpuTicks();
            long total = after[0] - before[0];
            if (total > 0 && (after[1] - before[1]) * 100 >= total * 80) {
                return waited + 1;
            }
        }
        return -1;
    }

    /** Total and idle (idle + iowait) ticks of all cores, from /proc/stat. */
    private static long[] cpuTicks() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            return new long[] {total, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One line of the figures table: figure, floor, ratio, goal, load. */
    public static void print(String what, double figure, double floor, String unit, String goal) {
        System.out.printf(
                "BENCH-FLOOR %s: %.3f %s, floor %.3f %s, ratio %.2f, goal %s, load %s%n",
                what, figure, unit, floor, unit, figure / floor, goal, load());
    }
}
