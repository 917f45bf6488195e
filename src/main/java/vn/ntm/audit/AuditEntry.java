package vn.ntm.audit;

import java.time.OffsetDateTime;
import vn.ntm.text.VietnameseDates;

/** One recorded change of one field (or of a whole record when {@code field} is null). */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String actor,
        String entityType,
        long entityId,
        Long unitId,
        String action,
        String field,
        String oldValue,
        String newValue,
        String reason) {

    /** Moments are Vietnam's time (the driver reads them in UTC). */
    public AuditEntry {
        at = VietnameseDates.inVietnam(at);
    }
}
