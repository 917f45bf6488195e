package vn.ntm.assessment;

import java.time.LocalDate;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.unit.UnitView;

/** A unit, a set and a year that values may be entered for, with the day the unit is looked at and its province. */
public record AssessmentTarget(UnitView unit, CriteriaSet set, int year, LocalDate referenceDate, Long provinceUnitId) {
}
