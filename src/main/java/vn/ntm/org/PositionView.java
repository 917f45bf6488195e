package vn.ntm.org;

import java.time.LocalDate;

/**
 * A position (chức vụ) a person holds in a body; {@code positionCode} null when only the free title says what it
 * is; {@code validTo} null while it lasts.
 */
public record PositionView(
        long id,
        long personId,
        long bodyId,
        String bodyName,
        String title,
        String positionCode,
        LocalDate validFrom,
        LocalDate validTo,
        int version) {}
