package vn.ntm.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Appends many rows to one table with PostgreSQL's COPY, inside the caller's transaction (a national import writes
 * half a million values, audit rows and judgement rows; COPY does that several times faster than INSERT). Values are
 * written with {@code toString()}; null is SQL NULL.
 *
 * <p>The rows stream: the COPY starts with the first row and every 64 KB are sent while the next rows are built, so
 * the server stores them while the caller still works. Until {@link #flush} ends it, the COPY holds the connection:
 * the caller runs no other statement meanwhile, and closes the writer (try-with-resources), which abandons an
 * unfinished COPY so that the transaction can roll back.
 */
public final class CopyWriter implements AutoCloseable {

    private static final int SEND_AT = 1 << 16;

    private final DataSource dataSource;
    private final String copy;
    private final boolean held;
    private byte[] buffer = new byte[SEND_AT + 256];
    private int length;
    private Connection connection;
    private CopyIn in;

    public CopyWriter(DataSource dataSource, String table, String columns) {
        this(dataSource, table, columns, false);
    }

    private CopyWriter(DataSource dataSource, String table, String columns, boolean held) {
        this.dataSource = dataSource;
        this.copy = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT text)";
        this.held = held;
    }

    /**
     * A writer that keeps its rows (as COPY text, a fraction of the objects they come from) until {@link #flush}:
     * for rows built while another COPY streams on the same connection.
     */
    public static CopyWriter held(DataSource dataSource, String table, String columns) {
        return new CopyWriter(dataSource, table, columns, true);
    }

    public void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put('\t');
            }
            value(values[i]);
        }
        put('\n');
        if (length >= SEND_AT && !held) {
            send();
        }
    }

    /** Ends the COPY: the rows are stored (or the statement's error is thrown). Rows after it start a new COPY. */
    public void flush() {
        if (in == null && length == 0) {
            return;
        }
        try {
            send();
            in.endCopy();
        } catch (SQLException e) {
            throw translated(e);
        } finally {
            release();
        }
    }

    /** Abandons a COPY not ended by {@link #flush}: nothing of it is stored and the connection is usable again. */
    @Override
    public void close() {
        if (in == null) {
            return;
        }
        try {
            if (in.isActive()) {
                in.cancelCopy();
            }
        } catch (SQLException e) {
            // the COPY failed already: the transaction rolls back anyway
        } finally {
            release();
        }
    }

    private void send() {
        try {
            if (in == null) {
                connection = DataSourceUtils.getConnection(dataSource);
                in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            }
            for (int from = 0; from < length; from += SEND_AT) {
                in.writeToCopy(buffer, from, Math.min(SEND_AT, length - from));
            }
            length = 0;
        } catch (SQLException e) {
            close();
            throw translated(e);
        }
    }

    private void release() {
        in = null;
        length = 0;
        if (connection != null) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            connection = null;
        }
    }

    /** Translated like any other statement's failure, so a lock timeout or deadlock reads as retryable. */
    private DataAccessException translated(SQLException e) {
        DataAccessException translated = new SQLStateSQLExceptionTranslator().translate("COPY", copy, e);
        return translated != null ? translated : new UncategorizedSQLException("COPY", copy, e);
    }

    /** COPY text format: backslash, tab, newline and carriage return escaped; null as \N; UTF-8. */
    private void value(Object value) {
        if (value == null) {
            put('\\');
            put('N');
        } else if (value instanceof Long l) {
            number(l);
        } else if (value instanceof Integer i) {
            number(i);
        } else {
            text(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        }
    }

    /** Digits without a String (ids and counts are most of a national import's values). */
    private void number(long n) {
        if (n < 0) {
            if (n == Long.MIN_VALUE) {
                text(Long.toString(n));
                return;
            }
            put('-');
            n = -n;
        }
        ensure(20);
        int start = length;
        do {
            buffer[length++] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte b = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = b;
        }
    }

    private void text(String text) {
        ensure(text.length() * 3 + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escape('\\', '\\');
                    case '\t' -> escape('\\', 't');
                    case '\n' -> escape('\\', 'n');
                    case '\r' -> escape('\\', 'r');
                    default -> buffer[length++] = (byte) c;
                }
            } else if (c < 0x800) {
                buffer[length++] = (byte) (0xC0 | c >> 6);
                buffer[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                buffer[length++] = (byte) (0xF0 | cp >> 18);
                buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // a lone surrogate, as String.getBytes(UTF_8) writes it
                buffer[length++] = (byte) '?';
            } else {
                buffer[length++] = (byte) (0xE0 | c >> 12);
                buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    /** An escaped character: two bytes, within the three per char that text() reserved. */
    private void escape(char a, char b) {
        buffer[length++] = (byte) a;
        buffer[length++] = (byte) b;
    }

    private void put(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            byte[] bigger = new byte[Math.max(buffer.length * 2, length + more)];
            System.arraycopy(buffer, 0, bigger, 0, length);
            buffer = bigger;
        }
    }
}
