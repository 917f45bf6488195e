package vn.ntm.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * An administrator's decision on one mapping row the import could not identify: the old and the new unit, or that
 * the old commune is in no list. Keyed by the row's content ({@link MappingRow#key}) and the mapping's date.
 */
record MappingResolution(
        long id,
        LocalDate effective,
        String rowKey,
        MappingRow row,
        Long oldUnitId,
        Long newUnitId,
        boolean inNoList,
        String reason,
        String resolvedBy,
        OffsetDateTime resolvedAt,
        int version) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The day of the decision in Vietnam, for messages. */
    LocalDate resolvedOn() {
        return resolvedAt.atZoneSameInstant(VIETNAM).toLocalDate();
    }

    MappingLineage.Link link() {
        return inNoList ? null : new MappingLineage.Link(oldUnitId, newUnitId);
    }
}
