package vn.ntm.imports;

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
        /**
         * The row is well formed but its units could not be identified without guessing: not taken, reported, and
         * left for an administrator to resolve. It does not stop the other rows, in either mode.
         */
        UNRESOLVED,
        /** Breaks a rule of the format (or of the data): not taken; in "all or nothing" nothing is written. */
        ERROR;

        /** Whether one such row stops an "all or nothing" import: only errors do. */
        public boolean blocksAllOrNothing() {
            return this == ERROR;
        }
    }
}
