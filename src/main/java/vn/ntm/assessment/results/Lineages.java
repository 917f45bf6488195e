package vn.ntm.assessment.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitType;
import vn.ntm.unit.Units;

/**
 * A merged commune starts with no values of its own; what its predecessors last achieved is shown beside it,
 * read from their stored results (recognition stays with the unit that held it).
 */
@Service
@Transactional(readOnly = true)
public class Lineages {

    /** The order that picks a unit's "last result": years with every indicator entered first, then the latest. */
    private static final String LAST_COMPLETE_FIRST = "r.no_data_indicators > 0, r.year desc";

    private final Units units;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final Messages messages;

    Lineages(Units units, Catalog catalog, JdbcClient jdbc, Messages messages) {
        this.units = units;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public record PredecessorResult(
            long unitId,
            String code,
            String name,
            String link,
            Integer year,
            Integer metCount,
            Integer criteriaCount,
            String verdict,
            String summary) {}

    /** A unit's stored standing of one year under one set, for the chart of criteria met over the years. */
    public record YearResult(String setCode, int year, int metCount, int criteriaCount) {}

    /**
     * A unit's latest stored standing under any set: the latest year with every indicator entered (a year just
     * begun, with a few values, would read as "0/19"), else the latest year; the newer set when two cover it.
     */
    public Optional<YearResult> lastResult(long unitId) {
        return jdbc.sql("""
                        select s.code, r.year, r.met_count, r.criteria_count from unit_result r
                        join criteria_set_view s on s.id = r.set_id where r.unit_id = ?
                        order by %s, s.period_from desc limit 1""".formatted(LAST_COMPLETE_FIRST))
                .param(unitId)
                .query((rs, n) -> new YearResult(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional();
    }

    /**
     * What the year page shows of a unit's past: its predecessors' last results and its own stored standings under
     * every set, oldest first (for the chart of criteria met over the years).
     */
    public record Past(List<PredecessorResult> predecessors, List<YearResult> history) {}

    /** The predecessors of the unit that the set covers (a thị trấn is no commune of an xã set), with results. */
    public List<PredecessorResult> predecessorResults(long unitId, String setCode) {
        return past(unitId, setCode, false).predecessors();
    }

    /**
     * {@link #predecessorResults} and the unit's own standings at once, in one query: the predecessors (through the unit
     * module's lineage view), each one's last result under the set, and the unit's own standings.
     */
    public Past past(long unitId, String setCode) {
        return past(unitId, setCode, true);
    }

    private Past past(long unitId, String setCode, boolean withHistory) {
        units.get(unitId);
        CriteriaSet set = catalog.set(setCode);
        var coverage = set.coverage();
        List<PredecessorResult> predecessors = new ArrayList<>();
        List<YearResult> history = new ArrayList<>();
        // part 0: each predecessor by code with its last result (if any); part 1: the unit's standings in order
        jdbc.sql("""
                        select 0 as part, o.id, o.code, o.level, l.kind,
                            (select s.name from unit_state_view s where s.unit_id = o.id
                             order by s.valid_from desc limit 1) as name,
                            r.year, r.met_count, r.criteria_count, r.verdict, null::varchar as set_code, 0::bigint as n
                        from unit_lineage_view l join unit_view o on o.id = l.predecessor_id
                        left join lateral (
                            select r.year, r.met_count, r.criteria_count, r.verdict from unit_result r
                            where r.unit_id = o.id and r.set_id = :set order by %s limit 1) r on true
                        where l.successor_id = :unit
                        union all
                        select 1, r.unit_id, null, null, null, null, r.year, r.met_count, r.criteria_count, r.verdict,
                            s.code, row_number() over (order by r.year, s.code)
                        from unit_result r join criteria_set_view s on s.id = r.set_id
                        where :history and r.unit_id = :unit
                        order by part, code, n""".formatted(LAST_COMPLETE_FIRST))
                .param("unit", unitId)
                .param("set", set.id())
                .param("history", withHistory)
                .query(rs -> {
                    if (rs.getInt(1) == 1) {
                        history.add(new YearResult(rs.getString(11), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
                        return;
                    }
                    UnitLevel level = UnitLevel.valueOf(rs.getString(4));
                    String name = rs.getString(6);
                    // a thị trấn is no commune of an xã set
                    boolean covered = UnitType.fromName(level, name)
                            .map(type -> coverage.covers(level, type))
                            .orElse(true);
                    if (!covered) {
                        return;
                    }
                    Integer year = rs.getObject(7, Integer.class);
                    predecessors.add(new PredecessorResult(
                            rs.getLong(2),
                            rs.getString(3),
                            name,
                            rs.getString(5),
                            year,
                            year == null ? null : rs.getInt(8),
                            year == null ? null : rs.getInt(9),
                            rs.getString(10),
                            year == null ? null : messages.get("assessment.summary", rs.getInt(8), rs.getInt(9))));
                });
        return new Past(predecessors, history);
    }
}
