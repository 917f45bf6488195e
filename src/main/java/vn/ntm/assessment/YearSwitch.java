package vn.ntm.assessment;

import java.util.List;
import java.util.stream.IntStream;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.unit.Period;

/**
 * The year and set switcher of a unit's (or a province's) pages. Each link leads to the same place in the other year
 * or set (the same criterion, the same filters), as the page says through {@link Place}. Links within the same set
 * also carry over the part of the page being read (#i-15.4), which only the browser knows: a small script adds it.
 */
record YearSwitch(List<SetYears> sets) {

    record SetYears(String code, String name, List<YearLink> years) {
    }

    record YearLink(int year, String href, boolean current, boolean keepsAnchor) {
    }

    /** Where the page's place is in a set and year: a path with its query, without the context path. */
    @FunctionalInterface
    interface Place {
        String in(CriteriaSet set, int year);
    }

    static YearSwitch of(List<CriteriaSet> sets, String currentSet, int currentYear, Place place) {
        return of(sets, currentSet, currentYear, null, place);
    }

    /** Only the years in which the unit was in force ({@code validity}; null: every year): no link to an error. */
    static YearSwitch of(List<CriteriaSet> sets, String currentSet, int currentYear, Period validity, Place place) {
        return new YearSwitch(sets.stream().map(s -> new SetYears(s.code(), s.name(vn.ntm.text.Messages.currentLocale()),
                IntStream.rangeClosed(s.periodFrom(), s.periodTo())
                        .filter(y -> validity == null || Judgements.referenceDate(validity, y).isPresent()
                                || s.code().equals(currentSet) && y == currentYear)
                        .mapToObj(y -> new YearLink(y, place.in(s, y), s.code().equals(currentSet) && y == currentYear,
                                s.code().equals(currentSet))).toList()))
                .filter(s -> !s.years().isEmpty())
                .toList());
    }
}
