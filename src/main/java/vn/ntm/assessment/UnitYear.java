package vn.ntm.assessment;

import java.time.LocalDate;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.unit.UnitView;

/**
 * A unit, a set and a year that values may be entered for (what is assessed), with the day the unit is looked at
 * and its province then (the day is {@link vn.ntm.unit.Period#lastDayIn}).
 */
public record UnitYear(UnitView unit, CriteriaSet set, int year, LocalDate referenceDate, Long provinceUnitId) {}
