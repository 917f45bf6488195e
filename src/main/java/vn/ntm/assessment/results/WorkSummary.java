package vn.ntm.assessment.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.Results;
import vn.ntm.assessment.Standing;
import vn.ntm.assessment.ValueState;
import vn.ntm.assessment.changes.ChangeRequests;
import vn.ntm.assessment.values.AgencyQueue;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.scope.CurrentScope;
import vn.ntm.unit.UnitFacts;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * What each role has to do next, for the home page: a commune's standing with what is missing and what the
 * agency returned, the changes awaiting a leader, the values awaiting an agency's check, and where in the caller's
 * scope the values of a year are (the province of that time, after a merger).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("work")
public class WorkSummary {

    /** Enough to start with on a phone; the year page has the rest. */
    private static final int LISTED = 5;

    private final Results results;
    private final ChangeRequests requests;
    private final AgencyQueue queue;
    private final Catalog catalog;
    private final Units units;
    private final UnitFacts facts;
    private final CurrentScope scope;
    private final JdbcClient jdbc;

    WorkSummary(
            Results results,
            ChangeRequests requests,
            AgencyQueue queue,
            Catalog catalog,
            Units units,
            UnitFacts facts,
            CurrentScope scope,
            JdbcClient jdbc) {
        this.results = results;
        this.requests = requests;
        this.queue = queue;
        this.catalog = catalog;
        this.units = units;
        this.facts = facts;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    /** An indicator to come back to: its criterion, code, wording and, when returned, the agency's reason. */
    public record Item(int criterion, String code, String text, String reason) {}

    /**
     * A commune's year: "đạt N/M tiêu chí", how many indicators have no value, how many are entered but not yet
     * submitted, those the agency returned (the first few), and the changes awaiting the leader's approval.
     */
    public record Commune(
            Standing standing,
            long missing,
            List<Item> firstMissing,
            long drafts,
            long returnedCount,
            List<Item> returned,
            int pendingRequests) {}

    public Commune commune(long unitId, String setCode, int year) {
        Standing standing = results.standing(unitId, setCode, year);
        List<Item> missing = new ArrayList<>();
        List<Item> returned = new ArrayList<>();
        long drafts = 0;
        for (Standing.CriterionLine c : standing.criteria()) {
            for (Standing.IndicatorLine l : c.indicators()) {
                if (l.valueId() == null) {
                    missing.add(new Item(c.number(), l.code(), l.text(), null));
                } else if (l.state() == ValueState.RETURNED) {
                    returned.add(new Item(c.number(), l.code(), l.text(), l.returnReason()));
                } else if (l.state() == ValueState.DRAFT) {
                    drafts++;
                }
            }
        }
        return new Commune(
                standing,
                missing.size(),
                missing.stream().limit(LISTED).toList(),
                drafts,
                returned.size(),
                returned.stream().limit(LISTED).toList(),
                requests.pending(unitId).size());
    }

    /** How many values the caller's body (or, for a province officer, the province) has to verify. */
    public long awaitingVerification(String setCode, int year) {
        return queue.awaiting(setCode, year);
    }

    /** A place whose values of a set and year the caller may read, as it stood then (the province of that year). */
    public record Area(long unitId, String name, int communes) {}

    /**
     * The provinces, as they stood at the end of the year, of the units with values of that set and year in the
     * caller's scope: after a merger the values of 2024 sit under the former province.
     */
    public List<Area> areasWithValues(String setCode, int year) {
        CriteriaSet set = catalog.set(setCode);
        Set<Long> readable = scope.get().readableOrNull();
        Long[] ids = readable == null ? null : readable.toArray(Long[]::new);
        List<Long> withValues =
                jdbc.sql("""
                        select distinct unit_id from assessment_value where set_id = ? and year = ?
                        and (cast(? as bigint[]) is null or unit_id = any(?))""").params(set.id(), year, ids, ids).query(Long.class).list();
        Map<Long, LocalDate> days = new HashMap<>();
        facts.validity(withValues)
                .forEach((id, validity) -> validity.lastDayIn(year).ifPresent(day -> days.put(id, day)));
        Map<Long, Integer> communes = new HashMap<>();
        facts.provinceOn(days).values().forEach(p -> communes.merge(p, 1, Integer::sum));
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        return communes.entrySet().stream()
                .map(e -> new Area(e.getKey(), nameAtEndOf(e.getKey(), endOfYear), e.getValue()))
                .sorted(Comparator.comparing(Area::name))
                .toList();
    }

    /** The province's name as it stood in that year (Tỉnh Thừa Thiên Huế in 2024, not its later name). */
    private String nameAtEndOf(long provinceId, LocalDate endOfYear) {
        UnitView latest = units.find(provinceId).orElseThrow();
        LocalDate day = latest.validity().contains(endOfYear)
                ? endOfYear
                : latest.validity().lastDay() != null ? latest.validity().lastDay() : latest.validFrom();
        return units.getOn(provinceId, day).name();
    }
}
