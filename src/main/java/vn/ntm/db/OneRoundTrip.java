package vn.ntm.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * Several statements sent to PostgreSQL in ONE round trip, in the caller's transaction. The server runs them one
 * after the other, each its own statement: it sees what the ones before it wrote, and takes its snapshot when it
 * starts, so a read after a lock sees what the lock's last holder committed. A save of one value then waits for the
 * server a few times instead of twenty (each wait costs more than the statement itself). Errors are translated
 * like any other statement's (a lock timeout reads as retryable); a failed statement fails the transaction.
 *
 * <p>Each statement is one SQL command without a semicolon; its rows go to its handler, or its count to its
 * consumer. Add statements, then {@link #run()} once.
 */
public final class OneRoundTrip {

    private record Statement(String sql, Object[] params, RowCallbackHandler rows, IntConsumer count) {}

    private final JdbcOperations jdbc;
    private final List<Statement> statements = new ArrayList<>();

    public OneRoundTrip(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A statement that returns rows (a select, or a write with {@code returning}), each handed to {@code rows}. */
    public OneRoundTrip query(String sql, RowCallbackHandler rows, Object... params) {
        statements.add(new Statement(sql, params, rows, count -> {}));
        return this;
    }

    /** A statement whose count of rows written goes to {@code count}. */
    public OneRoundTrip update(String sql, IntConsumer count, Object... params) {
        statements.add(new Statement(sql, params, rs -> {}, count));
        return this;
    }

    /** A statement whose outcome is not needed (its failure still fails the trip). */
    public OneRoundTrip update(String sql, Object... params) {
        return update(sql, count -> {}, params);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** Sends every statement added, in order, and hands each its rows or its count. */
    public void run() {
        if (statements.isEmpty()) {
            return;
        }
        String sql = statements.stream().map(Statement::sql).collect(Collectors.joining(";\n"));
        jdbc.execute(sql, (PreparedStatementCallback<Void>) ps -> {
            bind(ps);
            boolean rows = ps.execute();
            for (Statement statement : statements) {
                if (rows) {
                    try (ResultSet rs = ps.getResultSet()) {
                        while (rs.next()) {
                            statement.rows().processRow(rs);
                        }
                    }
                } else {
                    statement.count().accept(ps.getUpdateCount());
                }
                rows = ps.getMoreResults();
            }
            return null;
        });
        statements.clear();
    }

    private void bind(PreparedStatement ps) throws SQLException {
        int index = 1;
        for (Statement statement : statements) {
            for (Object value : statement.params()) {
                StatementCreatorUtils.setParameterValue(ps, index++, SqlTypeValue.TYPE_UNKNOWN, value);
            }
        }
    }
}
