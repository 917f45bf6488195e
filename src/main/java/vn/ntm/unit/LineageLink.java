package vn.ntm.unit;

import java.time.LocalDate;

/** One predecessor → successor link: the other unit's identity as it stood at the link, and how much of it. */
public record LineageLink(
        long unitId,
        String code,
        String name,
        UnitLevel level,
        LineageKind kind,
        LocalDate effective,
        String legalBasis) {}
