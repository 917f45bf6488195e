package vn.ntm.errors;

import java.util.Arrays;
import java.util.List;

/** An error a user can understand and act on: an HTTP status, a message key with its arguments, the field. */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    protected ProblemException(int status, String field, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public int status() {
        return status;
    }

    /** The request field or file column at fault, or null. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Further errors of the same request (e.g. one per form field); empty by default. */
    public List<FieldProblem> details() {
        return List.of();
    }
}
