package vn.ntm.errors;

import java.util.List;

/** Input that breaks a rule: nothing was stored. HTTP 400. */
public class BadInputException extends ProblemException {

    private final transient List<FieldProblem> details;

    public BadInputException(String field, String messageKey, Object... args) {
        super(400, field, messageKey, args);
        this.details = List.of();
    }

    /** Several field errors at once; the first one is the headline. */
    public BadInputException(List<FieldProblem> problems) {
        super(
                400,
                problems.get(0).field(),
                problems.get(0).messageKey(),
                problems.get(0).args());
        this.details = List.copyOf(problems);
    }

    @Override
    public List<FieldProblem> details() {
        return details;
    }
}
