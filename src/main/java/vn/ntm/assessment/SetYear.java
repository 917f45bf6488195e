package vn.ntm.assessment;

import java.time.LocalDate;
import java.util.List;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.unit.UnitView;

/** A set and a year to open a unit's pages on: the latest year it was in force, under the set covering that year. */
record SetYear(String set, int year) {

    static SetYear latest(UnitView unit, LocalDate today, List<CriteriaSet> sets) {
        int year = Math.min(today.getYear(), unit.validity().to() == null ? today.getYear()
                : unit.validity().lastDay().getYear());
        CriteriaSet set = sets.stream().filter(s -> s.covers(year)).findFirst().orElse(sets.get(sets.size() - 1));
        return new SetYear(set.code(), set.covers(year) ? year : set.periodTo());
    }

    /** Last year under the set covering it (the year usually being checked or closed), else the last set's end. */
    static SetYear lastYear(LocalDate today, List<CriteriaSet> sets) {
        int year = today.getYear() - 1;
        CriteriaSet set = sets.stream().filter(s -> s.covers(year)).findFirst().orElse(sets.get(0));
        return new SetYear(set.code(), set.covers(year) ? year : set.periodTo());
    }
}
