package vn.ntm.org;

import java.time.LocalDate;

/**
 * A position to give a person; {@code positionCode} (optional) names one of the list of position types, and the
 * title then defaults to its name; {@code validFrom} defaults to today.
 */
public record PositionForm(
        Long bodyId, String title, String positionCode, LocalDate validFrom, LocalDate validTo, String reason) {}
