package vn.ntm.unit;

/**
 * One row the import could not take as it was: resolved with a note (e.g. a code missing its leading zeros),
 * a duplicate, unresolved, or an error. {@code reason} is already in the user's language.
 */
public record ImportIssue(int row, Severity severity, String code, String name, String reason) {

    public enum Severity {
        /** Taken, after an unambiguous correction the report explains. */
        RESOLVED,
        /** The same row appeared before in the file; skipped. */
        DUPLICATE,
        /** Could not be matched without guessing; not taken. */
        UNRESOLVED,
        /** Breaks a rule of the format; not taken. */
        ERROR;

        public boolean blocksAllOrNothing() {
            return this == UNRESOLVED || this == ERROR;
        }
    }
}
