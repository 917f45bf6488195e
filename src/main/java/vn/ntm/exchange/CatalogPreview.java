package vn.ntm.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the preview of a catalog sheet found, kept as JSON beside the upload until it is applied: every addition and
 * change (old → new) and every error, each with its place ("dòng 5, cột K"), the versions read, and once applied
 * the outcome. {@code kind} is SET or OVERLAY.
 */
record CatalogPreview(
        String token,
        String username,
        String kind,
        String setCode,
        Long overlayId,
        String fileName,
        Instant createdAt,
        int rows,
        int added,
        int changed,
        int unchanged,
        int refused,
        List<Line> changes,
        List<Problem> errors,
        Map<String, Integer> versions,
        Applied applied)
        implements SheetPreview {

    /** A field of an indicator that the sheet adds or changes. {@code outcome}: ADDED or CHANGED. */
    record Line(String ref, int row, String code, String outcome, String column, String before, String after) {}

    record Problem(String ref, int row, String code, String message) {}

    record Applied(String mode, int added, int changed, int unchanged, int skipped, Instant at) {}

    @Override
    public boolean wasApplied() {
        return applied != null;
    }

    CatalogPreview withApplied(Applied outcome) {
        return new CatalogPreview(
                token, username, kind, setCode, overlayId, fileName, createdAt, rows, added, changed, unchanged,
                refused, changes, errors, versions, outcome);
    }
}
