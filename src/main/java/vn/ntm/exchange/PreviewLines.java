package vn.ntm.exchange;

import java.time.Instant;
import java.util.List;

/**
 * What a preview found, kept between the upload and the apply (as JSON beside the uploaded file): counts, the
 * first changes and errors to show (the full lists are in the downloadable report) and, once applied, the outcome.
 */
record PreviewLines(String token, String username, String setCode, int year, String fileName, Instant createdAt,
                    int rows, int cells, int changeCount, int unchangedCount, int errorCount, int closedCount,
                    List<ChangeLine> changes, List<ErrorLine> errors, Applied applied) {

    /** A cell whose value would change: where it is, which unit and indicator, old and new value as shown. */
    record ChangeLine(String ref, int row, String column, long unitId, String unitCode, String unitName,
                      String indicator, String before, String after) {
    }

    /** A refused cell with the reason, in the words of a single save. */
    record ErrorLine(String ref, int row, String column, long unitId, String unitCode, String unitName,
                     String indicator, String message) {
    }

    /**
     * How the preview was applied: the mode, values written, values already so, cells left out for errors, and
     * changes recorded as requests for the leader's approval (entry closed, a reason given).
     */
    record Applied(String mode, int written, int unchanged, int skipped, int requested, Instant at) {
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    /** Errors left once a change reason turns the cells of closed entry into change requests. */
    int errorsWith(String changeReason) {
        return changeReason == null || changeReason.isBlank() ? errorCount : errorCount - closedCount;
    }

    PreviewLines withApplied(Applied outcome) {
        return new PreviewLines(token, username, setCode, year, fileName, createdAt, rows, cells, changeCount,
                unchangedCount, errorCount, closedCount, changes, errors, outcome);
    }
}
