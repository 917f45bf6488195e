package vn.ntm.assessment;

import java.time.LocalDate;
import java.util.Optional;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.unit.Period;
import vn.ntm.unit.UnitView;

/**
 * A unit, a set and a year that values may be entered for (what is assessed), with the day the unit is looked at
 * and its province then.
 */
public record UnitYear(UnitView unit, CriteriaSet set, int year, LocalDate referenceDate, Long provinceUnitId) {

    /**
     * The day a unit is looked at in a year: the last day of {@code year} on which it was in force, or empty if
     * it was not in force that year.
     */
    public static Optional<LocalDate> referenceDate(Period validity, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        if (validity.to() != null && !validity.to().isAfter(end)) {
            end = validity.to().minusDays(1);
        }
        LocalDate start = validity.from().isAfter(LocalDate.of(year, 1, 1)) ? validity.from() : LocalDate.of(year, 1, 1);
        return end.isBefore(start) ? Optional.empty() : Optional.of(end);
    }
}
