package vn.ntm.errors;

/** The request is valid but clashes with stored data (a duplicate, an overlapping period). HTTP 409. */
public class ConflictException extends ProblemException {

    public ConflictException(String field, String messageKey, Object... args) {
        super(409, field, messageKey, args);
    }
}
