package vn.ntm.assessment.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.scope.CurrentScope;
import vn.ntm.unit.UnitFacts;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * All communes of a province (or district) with their standing for a set and year, read from the stored results
 * (never re-judged here), filtered by criteria met, by one unmet indicator or by effective region / group, and
 * sorted. Only communes of the unit types the set covers, and that the caller may read, are listed and counted.
 */
@Service
@Transactional(readOnly = true)
public class Overview {

    private final Units units;
    private final UnitFacts facts;
    private final Catalog catalog;
    private final CurrentScope scope;
    private final JdbcClient jdbc;

    Overview(Units units, UnitFacts facts, Catalog catalog, CurrentScope scope, JdbcClient jdbc) {
        this.units = units;
        this.facts = facts;
        this.catalog = catalog;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    public record Filter(Integer minMet, Integer maxMet, String unmetIndicator, String key, String sort) {}

    public record Row(
            long unitId,
            String code,
            String name,
            String district,
            Integer metCount,
            Integer criteriaCount,
            String verdict,
            String effectiveKey,
            List<String> unmet) {}

    public record Result(
            UnitView root,
            CriteriaSet set,
            int year,
            LocalDate date,
            List<Row> rows,
            int total,
            int meeting,
            int withResults,
            Map<String, Long> byBucket) {}

    public Result of(long rootId, String setCode, int year, Filter filter) {
        UnitView root = units.get(rootId);
        CriteriaSet set = catalog.set(setCode);
        LocalDate date = root.validity().lastDayIn(year).orElse(LocalDate.of(year, 12, 31));
        var readable = scope.get();
        var coverage = set.coverage();
        List<UnitFacts.CommuneOn> communes = facts.communesUnder(root.id(), date).stream()
                .filter(c -> coverage.covers(UnitLevel.COMMUNE, c.type()) && readable.canRead(c.id()))
                .toList();
        Map<Long, Object[]> results = new HashMap<>();
        Map<Long, List<String>> unmet = new HashMap<>();
        Long[] ids = communes.stream().map(UnitFacts.CommuneOn::id).toArray(Long[]::new);
        jdbc.sql("""
                        select unit_id, met_count, criteria_count, verdict, effective_key from unit_result
                        where set_id = ? and year = ? and unit_id = any(?)""").params(set.id(), year, ids).query(rs -> {
            results.put(rs.getLong(1), new Object[] {rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)});
        });
        jdbc.sql("""
                        select r.unit_id, i.code from indicator_result r
                        join criteria_indicator_view i on i.id = r.indicator_id
                        where r.set_id = ? and r.year = ? and r.unit_id = any(?) and r.status = 'NOT_MET'
                        order by i.sort""").params(set.id(), year, ids).query(rs -> {
            unmet.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        List<Row> all = communes.stream()
                .map(c -> {
                    Object[] r = results.get(c.id());
                    return r == null
                            ? new Row(c.id(), c.code(), c.name(), c.districtName(), null, null, null, null, List.of())
                            : new Row(
                                    c.id(),
                                    c.code(),
                                    c.name(),
                                    c.districtName(),
                                    (Integer) r[0],
                                    (Integer) r[1],
                                    (String) r[2],
                                    (String) r[3],
                                    unmet.getOrDefault(c.id(), List.of()));
                })
                .toList();
        Map<String, Long> byBucket = new LinkedHashMap<>();
        set.buckets()
                .forEach(b -> byBucket.put(
                        b.labelVi(),
                        all.stream()
                                .filter(r -> r.metCount() != null && b.contains(r.metCount()))
                                .count()));
        List<Row> shown = all.stream()
                .filter(r -> matches(r, filter))
                .sorted(order(filter.sort()))
                .toList();
        int meeting =
                (int) all.stream().filter(r -> "MEETS".equals(r.verdict())).count();
        int withResults = (int) all.stream().filter(r -> r.metCount() != null).count();
        UnitView asThen = root.validOn(date) ? units.getOn(root.id(), date) : root;
        return new Result(asThen, set, year, date, shown, all.size(), meeting, withResults, byBucket);
    }

    private static boolean matches(Row r, Filter f) {
        if (f.minMet() != null && (r.metCount() == null || r.metCount() < f.minMet())) {
            return false;
        }
        if (f.maxMet() != null && (r.metCount() == null || r.metCount() > f.maxMet())) {
            return false;
        }
        if (f.unmetIndicator() != null
                && !f.unmetIndicator().isBlank()
                && !r.unmet().contains(f.unmetIndicator().trim())) {
            return false;
        }
        return f.key() == null || f.key().isBlank() || f.key().equals(r.effectiveKey());
    }

    private static final Set<String> SORTS = Set.of("name", "met", "metDesc");

    private static Comparator<Row> order(String sort) {
        Comparator<Row> byMet = Comparator.comparing(Row::metCount, Comparator.nullsFirst(Comparator.naturalOrder()));
        return switch (sort == null || !SORTS.contains(sort) ? "name" : sort) {
            case "met" -> byMet;
            case "metDesc" -> byMet.reversed();
            default -> (a, b) -> 0;
        };
    }
}
