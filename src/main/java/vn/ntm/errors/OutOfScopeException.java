package vn.ntm.errors;

/** The record belongs to a unit outside the caller's scope, or the caller may only read it. HTTP 403. */
public class OutOfScopeException extends ProblemException {

    public OutOfScopeException(String messageKey, Object... args) {
        super(403, null, messageKey, args);
    }
}
