package vn.ntm.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * What Spring JDBC logs at debug level while a piece of work runs: each statement it executes (one per call of a
 * template, whatever the driver then sends; {@link RoundTrips} counts that) and each transaction it ends.
 */
public final class JdbcLog implements AutoCloseable {

    private static final Logger SPRING_JDBC = (Logger) LoggerFactory.getLogger("org.springframework.jdbc");

    private final Level before;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    private JdbcLog() {
        before = SPRING_JDBC.getLevel();
        log.start();
        SPRING_JDBC.addAppender(log);
        SPRING_JDBC.setLevel(Level.DEBUG);
    }

    /** Starts recording; close to stop. */
    public static JdbcLog record() {
        return new JdbcLog();
    }

    /** Every event logged, in order (their times show where a request waits). */
    public List<ILoggingEvent> events() {
        return List.copyOf(log.list);
    }

    /** Whether a logged message is a statement executed ("Executing ... [sql]"). */
    public static boolean isStatement(String message) {
        return message.startsWith("Executing") && message.contains("[");
    }

    /** The statements executed, as logged, in order. */
    public List<String> statements() {
        return messages().filter(JdbcLog::isStatement).toList();
    }

    /** Transactions ended, committed or rolled back. */
    public int transactions() {
        return (int) messages()
                .filter(m ->
                        m.startsWith("Committing JDBC transaction") || m.startsWith("Rolling back JDBC transaction"))
                .count();
    }

    private Stream<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage);
    }

    @Override
    public void close() {
        SPRING_JDBC.setLevel(before);
        SPRING_JDBC.detachAppender(log);
    }
}
