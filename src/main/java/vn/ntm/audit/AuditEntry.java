package vn.ntm.audit;

import java.time.OffsetDateTime;

/** One recorded change of one field (or of a whole record when {@code field} is null). */
public record AuditEntry(long id, OffsetDateTime at, String actor, String entityType, long entityId, Long unitId,
                         String action, String field, String oldValue, String newValue, String reason) {

    /** Moments are Vietnam's time (the driver reads them in UTC). */
    public AuditEntry {
        at = vn.ntm.text.VietnameseDates.inVietnam(at);
    }
}
