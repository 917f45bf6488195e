package vn.ntm.criteria;

import java.time.LocalDate;

/**
 * A province's adoption of a national set (its own "Bộ tiêu chí của tỉnh"), with its decision and validity. It
 * belongs to the province unit of its time: after the 2025 mergers the merged province issues its own.
 */
public record Overlay(
        long id,
        long setId,
        String setCode,
        long provinceUnitId,
        String provinceCode,
        String provinceName,
        LocalDate provinceValidFrom,
        String decision,
        LocalDate decisionDate,
        String title,
        LocalDate validFrom,
        LocalDate validTo,
        int revision,
        boolean demo,
        int version) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
