package vn.ntm.errors;

/** The record belongs to a unit outside the caller's scope, or the caller may only read it. HTTP 403. */
public class OutOfScopeException extends ProblemException {

    public OutOfScopeException(String messageKey, Object... args) {
        super(403, null, messageKey, args);
    }

    /** Refused because of what one field names (a body, a person of another province). */
    public OutOfScopeException(FieldProblem problem) {
        super(403, problem.field(), problem.messageKey(), problem.args());
    }
}
