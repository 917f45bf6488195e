package vn.ntm.assessment.periods;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.UnitScope;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitTrees;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * The one rule for the set and year a page opens on when the address does not say (home page, a unit's pages, the
 * province view, the agency's checking, closing entry, Excel): the set in force today when it has indicators (at
 * its latest year with values, else this year); otherwise the latest set and year with values; otherwise the
 * latest year of the latest set that has indicators. Only years not after this one, and for a unit only the years
 * it was in force. When the set in force is passed over, {@link Choice#notice} says why.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("periods")
public class DefaultPeriods {

    /** Why the choice fell where it did. */
    public enum Reason {
        /** The set in force today, which has indicators. */
        IN_FORCE,
        /** The set in force has no indicators yet: the latest set and year with values. */
        LATEST_VALUES,
        /** The set in force has no indicators and nothing was entered yet: the latest year of a set that has some. */
        LATEST_SET,
        /** The unit was not in force in any year of the set in force (merged before it): its latest year with values. */
        UNIT_NOT_IN_FORCE
    }

    /**
     * The set and year to open, the set in force today (which may be another one) and the unit whose values were
     * looked for (null: the caller's whole scope).
     */
    public record Choice(String setCode, int year, Reason reason, String inForceSet, String unitName) {}

    private final Catalog catalog;
    private final Units units;
    private final UnitTrees trees;
    private final CurrentScope scope;
    private final JdbcClient jdbc;
    private final Messages messages;

    DefaultPeriods(
            Catalog catalog, Units units, UnitTrees trees, CurrentScope scope, JdbcClient jdbc, Messages messages) {
        this.catalog = catalog;
        this.units = units;
        this.trees = trees;
        this.scope = scope;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** A unit's own pages (year page, Excel of one commune): its own values, the years it was in force. */
    public Choice forUnit(UnitView unit) {
        return choose(List.of(unit.id()), inForce(unit), unit.name());
    }

    /** A province's or district's view: the values of every unit that was ever below it, the years it was in force. */
    public Choice forArea(UnitView root) {
        return choose(trees.subtreeAnyTime(List.of(root.id())), inForce(root), root.name());
    }

    /** What the caller may read (where the latest values are, for the home page). */
    public Choice forCaller() {
        Set<Long> readable = scope.get().readableOrNull();
        return choose(readable, year -> true, null);
    }

    /**
     * Screens of work over the caller's scope (verifying, closing entry, Excel of a province): the values of the
     * units the caller may change, not those of former units they only read.
     */
    public Choice forCallersWork() {
        UnitScope mine = scope.get();
        return choose(mine.national() ? null : mine.writable(), year -> true, null);
    }

    /** Why a page opened elsewhere than on the set in force, in the reader's language; empty when it did not. */
    public Optional<String> notice(Choice choice) {
        return switch (choice.reason()) {
            case IN_FORCE -> Optional.empty();
            case LATEST_VALUES ->
                Optional.of(messages.get(
                        "default.latestValues", choice.inForceSet(), choice.setCode(), String.valueOf(choice.year())));
            case UNIT_NOT_IN_FORCE ->
                Optional.of(messages.get(
                        "default.unitNotInForce",
                        choice.inForceSet(),
                        choice.setCode(),
                        String.valueOf(choice.year()),
                        choice.unitName()));
            case LATEST_SET ->
                Optional.of(
                        choice.unitName() == null
                                ? messages.get(
                                        "default.latestSet",
                                        choice.inForceSet(),
                                        choice.setCode(),
                                        String.valueOf(choice.year()))
                                : messages.get(
                                        "default.latestSetOfUnit",
                                        choice.inForceSet(),
                                        choice.setCode(),
                                        String.valueOf(choice.year()),
                                        choice.unitName()));
        };
    }

    private Choice choose(Collection<Long> unitIds, IntPredicate inForce, String unitName) {
        int thisYear = units.today().getYear();
        List<CriteriaSet> sets = catalog.sets();
        CriteriaSet today =
                sets.stream().filter(s -> s.covers(thisYear)).findFirst().orElse(sets.get(sets.size() - 1));
        List<Integer> todaysYears = years(today, thisYear, inForce);
        if (hasIndicators(today) && !todaysYears.isEmpty()) {
            int year = todaysYears.stream()
                    .filter(y -> hasValues(today, y, unitIds))
                    .findFirst()
                    .orElse(todaysYears.get(0));
            return new Choice(today.code(), year, Reason.IN_FORCE, today.code(), unitName);
        }
        Reason passedOver = todaysYears.isEmpty() ? Reason.UNIT_NOT_IN_FORCE : Reason.LATEST_VALUES;
        List<CriteriaSet> newestFirst = sets.stream()
                .filter(this::hasIndicators)
                .sorted(Comparator.comparingInt(CriteriaSet::periodFrom).reversed())
                .toList();
        for (CriteriaSet set : newestFirst) {
            for (int year : years(set, thisYear, inForce)) {
                if (hasValues(set, year, unitIds)) {
                    return new Choice(set.code(), year, passedOver, today.code(), unitName);
                }
            }
        }
        for (CriteriaSet set : newestFirst) {
            List<Integer> years = years(set, thisYear, inForce);
            if (!years.isEmpty()) {
                return new Choice(set.code(), years.get(0), Reason.LATEST_SET, today.code(), unitName);
            }
        }
        // nothing to open but the set in force itself (no set has indicators, or the unit was never in force then)
        List<Integer> years = years(today, thisYear, inForce);
        return new Choice(
                today.code(),
                years.isEmpty() ? Math.min(thisYear, today.periodTo()) : years.get(0),
                Reason.IN_FORCE,
                today.code(),
                unitName);
    }

    /** The set's years not after this one in which the unit was in force, newest first. */
    private static List<Integer> years(CriteriaSet set, int thisYear, IntPredicate inForce) {
        return IntStream.iterate(Math.min(set.periodTo(), thisYear), y -> y >= set.periodFrom(), y -> y - 1)
                .filter(inForce)
                .boxed()
                .toList();
    }

    private boolean hasIndicators(CriteriaSet header) {
        return catalog.set(header.id()).indicatorCount() > 0;
    }

    private boolean hasValues(CriteriaSet set, int year, Collection<Long> unitIds) {
        Long[] ids = unitIds == null ? null : unitIds.toArray(Long[]::new);
        return jdbc.sql("""
                        select exists(select 1 from assessment_value where set_id = ? and year = ?
                                      and (cast(? as bigint[]) is null or unit_id = any(?)))""")
                .params(set.id(), year, ids, ids)
                .query(Boolean.class)
                .single();
    }

    private static IntPredicate inForce(UnitView unit) {
        return year -> unit.validity().lastDayIn(year).isPresent();
    }
}
