package vn.ntm.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts what the PostgreSQL driver sends while a piece of work runs, from the driver's own protocol log: each
 * {@code Sync} (and each COPY) is one round trip to the server, each {@code Execute} (or simple query, or COPY) one
 * statement. A save's speed on a real server is mostly its round trips, so this is what a change to the write path
 * is checked against.
 */
public final class RoundTrips implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    /** What was sent: statements in order (the parsed SQL, or "COPY"), and the round trips. */
    public record Sent(List<String> statements, int roundTrips) {}

    private final List<String> statements = new ArrayList<>();
    /** SQL by server-side statement name ("null" for the unnamed one), as the driver parsed it. */
    private final Map<String, String> texts = new HashMap<>();

    private String bound = "?";
    private int roundTrips;
    private final Level before;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null) {
                return;
            }
            if (message.startsWith(" FE=> Parse(stmt=")) {
                String name = between(message, "stmt=", ",query=\"");
                String query = between(message, ",query=\"", "\",oids=").replaceAll("\\s+", " ");
                texts.put(name, query);
            } else if (message.startsWith(" FE=> Bind(stmt=")) {
                bound = texts.getOrDefault(between(message, "stmt=", ",portal="), "?");
            } else if (message.contains("FE=> Execute(")) {
                statements.add(bound);
            } else if (message.startsWith(" FE=> Query(CopyStart)")) {
                statements.add("COPY");
                roundTrips++;
            } else if (message.startsWith(" FE=> Sync")) {
                roundTrips++;
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private RoundTrips() {
        before = DRIVER.getLevel();
        DRIVER.setLevel(Level.FINEST);
        DRIVER.addHandler(handler);
    }

    /** Starts counting; close to stop. */
    public static RoundTrips count() {
        return new RoundTrips();
    }

    public synchronized Sent sent() {
        return new Sent(List.copyOf(statements), roundTrips);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + from.length());
        return start < 0 || end < 0 ? text : text.substring(start + from.length(), end);
    }

    @Override
    public void close() {
        DRIVER.removeHandler(handler);
        DRIVER.setLevel(before);
    }
}
