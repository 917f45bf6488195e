package vn.ntm.errors;

/** The record asked for does not exist (or not at the date asked). HTTP 404. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String field, String messageKey, Object... args) {
        super(404, field, messageKey, args);
    }
}
