package vn.ntm.exchange;

import java.time.Instant;
import java.util.List;

/**
 * What a preview found, kept between the upload and the apply (as JSON beside the uploaded file): counts, the
 * first changes and errors to show (the full lists are in the downloadable report) and, once applied, the outcome.
 */
record PreviewLines(
        String token,
        String username,
        String setCode,
        int year,
        String fileName,
        Instant createdAt,
        int rows,
        int cells,
        int changeCount,
        int unchangedCount,
        int errorCount,
        int closedCount,
        List<ChangeLine> changes,
        List<ErrorLine> errors,
        Applied applied,
        int conflictCount,
        List<ConflictLine> conflicts)
        implements SheetPreview {

    PreviewLines {
        // a preview kept before conflicts were looked for has none
        conflicts = conflicts == null ? List.of() : conflicts;
    }

    /** A cell whose value would change: where it is, which unit and indicator, old and new value as shown. */
    record ChangeLine(
            String ref,
            int row,
            String column,
            long unitId,
            String unitCode,
            String unitName,
            String indicator,
            String before,
            String after) {}

    /**
     * A cell the file would change although its stored value changed since the template was made: the stored value
     * now (theirs), the file's (yours), who entered it and when (Vietnam's time). Apply keeps theirs unless the user
     * asks to overwrite this cell ({@code cell}, as Excel names it: "AN3").
     */
    record ConflictLine(
            String ref,
            int row,
            String column,
            String cell,
            long unitId,
            String unitCode,
            String unitName,
            String indicator,
            String theirs,
            String yours,
            String changedBy,
            String changedAt) {}

    /** A refused cell with the reason, in the words of a single save. */
    record ErrorLine(
            String ref,
            int row,
            String column,
            long unitId,
            String unitCode,
            String unitName,
            String indicator,
            String message) {}

    /**
     * How the preview was applied: the mode, values written, values already so, cells left out for errors, and
     * changes recorded as requests for the leader's approval (entry closed, a reason given); conflicts where the
     * stored value was kept and those the user chose to overwrite.
     */
    record Applied(
            String mode,
            int written,
            int unchanged,
            int skipped,
            int requested,
            Instant at,
            int kept,
            int overwritten) {}

    @Override
    public boolean wasApplied() {
        return applied != null;
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    /** Errors left once a change reason turns the cells of closed entry into change requests. */
    int errorsWith(String changeReason) {
        return changeReason == null || changeReason.isBlank() ? errorCount : errorCount - closedCount;
    }

    PreviewLines withApplied(Applied outcome) {
        return new PreviewLines(
                token,
                username,
                setCode,
                year,
                fileName,
                createdAt,
                rows,
                cells,
                changeCount,
                unchangedCount,
                errorCount,
                closedCount,
                changes,
                errors,
                outcome,
                conflictCount,
                conflicts);
    }
}
