package vn.ntm.unit;

import java.time.LocalDate;

/**
 * A unit as it stood on a date: identity (id, code, level, validity) and the state in force then (name, type,
 * parent). {@code stateFrom}/{@code stateTo} bound the period in which this name and parent held.
 */
public record UnitView(
        long id,
        String code,
        UnitLevel level,
        LocalDate validFrom,
        LocalDate validTo,
        String name,
        UnitType type,
        Long parentId,
        LocalDate stateFrom,
        LocalDate stateTo,
        boolean demo) {

    public Period validity() {
        return new Period(validFrom, validTo);
    }

    public boolean validOn(LocalDate date) {
        return validity().contains(date);
    }
}
