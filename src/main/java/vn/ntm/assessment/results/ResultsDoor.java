package vn.ntm.assessment.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.Results;
import vn.ntm.assessment.Standing;
import vn.ntm.criteria.Catalog;
import vn.ntm.errors.BadInputException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/** {@link Results} over the stored judgements: the standing of {@link Standings}, the lists of {@link Overview}. */
@Service
@Transactional(readOnly = true)
class ResultsDoor implements Results {

    static final int MAX_PAGE_SIZE = 500;

    private final Standings standings;
    private final Overview overview;
    private final Catalog catalog;
    private final Units units;
    private final CurrentScope scope;
    private final JdbcClient jdbc;

    ResultsDoor(
            Standings standings, Overview overview, Catalog catalog, Units units, CurrentScope scope, JdbcClient jdbc) {
        this.standings = standings;
        this.overview = overview;
        this.catalog = catalog;
        this.units = units;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    @Override
    public Standing standing(long unitId, String setCode, int year) {
        return standings.of(unitId, setCode, year);
    }

    @Override
    public CommunePage communes(Long underUnitId, String setCode, int year, CommuneFilter filter, int page, int size) {
        if (page < 0) {
            throw new BadInputException("page", "results.error.page", String.valueOf(page));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadInputException("size", "results.error.size", String.valueOf(size), MAX_PAGE_SIZE);
        }
        CommuneFilter f = filter == null ? CommuneFilter.any() : filter;
        Overview.Filter stored = new Overview.Filter(f.minMet(), f.maxMet(), f.unmetIndicator(), f.key(), f.sort());
        List<UnitView> roots = underUnitId != null
                ? List.of(units.get(underUnitId))
                : units.level(UnitLevel.PROVINCE, LocalDate.of(year, 12, 31));
        List<Overview.Row> rows = new ArrayList<>();
        int total = 0;
        int meeting = 0;
        int withResults = 0;
        LocalDate date = null;
        Map<String, Long> byBucket = new LinkedHashMap<>();
        for (UnitView root : roots) {
            Overview.Result r = overview.of(root.id(), setCode, year, stored);
            rows.addAll(r.rows());
            total += r.total();
            meeting += r.meeting();
            withResults += r.withResults();
            date = date == null ? r.date() : date;
            r.byBucket().forEach((bucket, n) -> byBucket.merge(bucket, n, Long::sum));
        }
        List<CommuneStanding> matching = rows.stream()
                .filter(r -> blank(f.verdict()) || f.verdict().trim().equals(r.verdict()))
                .filter(r -> blank(f.district()) || f.district().trim().equals(r.district()))
                .map(r -> new CommuneStanding(
                        r.unitId(),
                        r.code(),
                        r.name(),
                        r.district(),
                        r.metCount(),
                        r.criteriaCount(),
                        r.verdict(),
                        r.effectiveKey(),
                        r.unmet()))
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new CommunePage(
                catalog.set(setCode).code(),
                year,
                date,
                matching.subList(from, to),
                page,
                size,
                matching.size(),
                total,
                meeting,
                withResults,
                byBucket);
    }

    @Override
    public List<YearStanding> overYears(long unitId, String setCode) {
        scope.get().requireRead(unitId);
        long setId = catalog.set(setCode).id();
        return jdbc.sql("""
                        select year, met_count, criteria_count, verdict, effective_key, reference_date
                        from unit_result where set_id = ? and unit_id = ? order by year""")
                .params(setId, unitId)
                .query((rs, n) -> new YearStanding(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
