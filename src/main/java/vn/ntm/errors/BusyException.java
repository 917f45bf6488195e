package vn.ntm.errors;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.dao.TransientDataAccessException;

/**
 * The database could not take the write now: another writer holds what it needs for longer than we wait (lock
 * timeout), or PostgreSQL chose this transaction to break a deadlock or a serialization conflict. Nothing was
 * written and the same request will very likely succeed a moment later. HTTP 503 with {@code Retry-After}.
 */
public class BusyException extends ProblemException {

    /** Seconds after which the caller may send the same request again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** serialization_failure, deadlock_detected, lock_not_available (lock_timeout). */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "55P03");

    public BusyException() {
        super(503, null, "error.busy");
    }

    /** Whether the failure, or one of its causes, is one the same request may overcome by being sent again. */
    public static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusyException
                    || t instanceof SQLTransientException
                    || t instanceof TransientDataAccessException
                    || t instanceof SQLException e && RETRYABLE_STATES.contains(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The failure as this problem when it is retryable; otherwise the failure itself is thrown again. */
    public static BusyException orRethrow(RuntimeException failure) {
        if (failure instanceof BusyException busy) {
            return busy;
        }
        if (!retryable(failure)) {
            throw failure;
        }
        return new BusyException();
    }
}
