package vn.ntm.org;

import java.time.LocalDate;

/** A position to give a person; {@code validFrom} defaults to today. */
public record PositionForm(Long bodyId, String title, LocalDate validFrom, LocalDate validTo, String reason) {}
