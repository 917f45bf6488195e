package vn.ntm.assessment.periods;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.modulith.NamedInterface;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.text.Messages;
import vn.ntm.unit.Period;

/**
 * The year and set switcher of a unit's (or a province's) pages: the years of the set being read, and one link to
 * each other set (its year nearest to the one being read), never one strip mixing the years of two sets. Each link
 * leads to the same place in the other year or set (the same criterion, the same filters), as the page says through
 * {@link Place}. Links within the same set also carry over the part of the page being read (#i-15.4), which only
 * the browser knows: a small script adds it.
 */
@NamedInterface("periods")
public record YearSwitch(List<SetYears> sets) {

    /** A set with the years that may be opened; {@code nearest} is the one link shown for a set not being read. */
    public record SetYears(String code, String name, List<YearLink> years, boolean current, YearLink nearest) {}

    public record YearLink(int year, String href, boolean current, boolean keepsAnchor) {}

    /** Where the page's place is in a set and year: a path with its query, without the context path. */
    @FunctionalInterface
    public interface Place {
        String in(CriteriaSet set, int year);
    }

    public static YearSwitch of(List<CriteriaSet> sets, String currentSet, int currentYear, Place place) {
        return of(sets, currentSet, currentYear, null, place);
    }

    /** Only the years in which the unit was in force ({@code validity}; null: every year): no link to an error. */
    public static YearSwitch of(
            List<CriteriaSet> sets, String currentSet, int currentYear, Period validity, Place place) {
        return new YearSwitch(sets.stream()
                .map(s -> {
                    boolean current = s.code().equals(currentSet);
                    List<YearLink> years = IntStream.rangeClosed(s.periodFrom(), s.periodTo())
                            .filter(y -> validity == null
                                    || validity.lastDayIn(y).isPresent()
                                    || current && y == currentYear)
                            .mapToObj(y -> new YearLink(y, place.in(s, y), current && y == currentYear, current))
                            .toList();
                    YearLink nearest = years.stream()
                            .min(Comparator.comparingInt((YearLink y) -> Math.abs(y.year() - currentYear)))
                            .orElse(null);
                    return new SetYears(s.code(), s.name(Messages.currentLocale()), years, current, nearest);
                })
                .filter(s -> !s.years().isEmpty())
                .toList());
    }
}
