package vn.ntm.assessment.results;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.Results;
import vn.ntm.assessment.Standing;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.errors.BadInputException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.unit.Units;

/** {@link Results} over the stored judgements: the standing of {@link Standings}, the lists of {@link CommuneLists}. */
@Service
@Transactional(readOnly = true)
class ResultsDoor implements Results {

    private final Standings standings;
    private final CommuneLists lists;
    private final Catalog catalog;
    private final Units units;
    private final CurrentScope scope;
    private final JdbcClient jdbc;

    ResultsDoor(
            Standings standings,
            CommuneLists lists,
            Catalog catalog,
            Units units,
            CurrentScope scope,
            JdbcClient jdbc) {
        this.standings = standings;
        this.lists = lists;
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
        CriteriaSet set = catalog.set(setCode);
        // a unit that ended during the year is listed as it was on its last day; the country as at the year's end
        LocalDate date = underUnitId == null
                ? LocalDate.of(year, 12, 31)
                : units.get(underUnitId).validity().lastDayIn(year).orElse(LocalDate.of(year, 12, 31));
        return lists.page(
                underUnitId,
                set,
                year,
                date,
                scope.get().readableOrNull(),
                filter == null ? CommuneFilter.any() : filter,
                page,
                size);
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
}
