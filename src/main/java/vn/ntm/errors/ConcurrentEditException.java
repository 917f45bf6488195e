package vn.ntm.errors;

/**
 * Someone saved the record after the caller loaded it: the caller's version is stale and the save is refused,
 * never silently overwriting. HTTP 409.
 */
public class ConcurrentEditException extends ProblemException {

    public ConcurrentEditException(String messageKey, Object... args) {
        super(409, "version", messageKey, args);
    }
}
