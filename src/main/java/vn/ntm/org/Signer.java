package vn.ntm.org;

import java.time.LocalDate;

/**
 * Someone who may sign a body's documents on a day: the person, the position they hold (in the body itself, or
 * in the body it is an organ of) and its period; {@code title} is the free title as recorded.
 */
public record Signer(
        long personId,
        String fullName,
        long positionId,
        long bodyId,
        String bodyName,
        String positionCode,
        String positionNameVi,
        String positionNameEn,
        String title,
        LocalDate validFrom,
        LocalDate validTo) {}
