package vn.ntm.assessment.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.text.Messages;
import vn.ntm.unit.LineageLink;
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

    /** Every stored standing of the unit, oldest first. */
    public List<YearResult> history(long unitId) {
        units.get(unitId);
        return jdbc.sql("""
                        select s.code, r.year, r.met_count, r.criteria_count from unit_result r
                        join criteria_set_view s on s.id = r.set_id where r.unit_id = ? order by r.year, s.code""")
                .param(unitId)
                .query((rs, n) -> new YearResult(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

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

    /** What the year page shows of a unit's past: its predecessors' last results and its own standings. */
    public record Past(List<PredecessorResult> predecessors, List<YearResult> history) {}

    /** The predecessors of the unit that the set covers (a thị trấn is no commune of an xã set), with results. */
    public List<PredecessorResult> predecessorResults(long unitId, String setCode) {
        return past(unitId, setCode, false).predecessors();
    }

    /**
     * {@link #predecessorResults} and {@link #history} at once: the predecessors (one query) and every stored
     * result either needs (one more), instead of one query per predecessor and one for the history.
     */
    public Past past(long unitId, String setCode) {
        return past(unitId, setCode, true);
    }

    private Past past(long unitId, String setCode, boolean withHistory) {
        CriteriaSet set = catalog.set(setCode);
        var coverage = set.coverage();
        List<LineageLink> links = units.predecessors(unitId).stream()
                .filter(link -> UnitType.fromName(link.level(), link.name())
                        .map(type -> coverage.covers(link.level(), type))
                        .orElse(true))
                .toList();
        if (links.isEmpty() && !withHistory) {
            return new Past(List.of(), List.of());
        }
        Map<Long, PredecessorResult> last = new HashMap<>();
        List<YearResult> history = new ArrayList<>();
        Map<Long, LineageLink> byId = new HashMap<>();
        links.forEach(link -> byId.put(link.unitId(), link));
        // the unit's own standings in their order (n), then each predecessor's last result under this set
        jdbc.sql("""
                        select * from (
                          select r.unit_id, s.code, r.year, r.met_count, r.criteria_count, r.verdict,
                                 row_number() over (order by r.year, s.code) as n
                          from unit_result r join criteria_set_view s on s.id = r.set_id
                          where :history and r.unit_id = :unit
                        ) own
                        union all
                        select * from (
                          select distinct on (r.unit_id) r.unit_id, null, r.year, r.met_count, r.criteria_count,
                                 r.verdict, 0
                          from unit_result r where r.unit_id = any(cast(:predecessors as bigint[])) and r.set_id = :set
                          order by r.unit_id, %s
                        ) last
                        order by 7""".formatted(LAST_COMPLETE_FIRST))
                .param("history", withHistory)
                .param("unit", unitId)
                .param("predecessors", byId.keySet().toArray(Long[]::new))
                .param("set", set.id())
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (rs.getLong(7) > 0) {
                        history.add(new YearResult(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                        return;
                    }
                    LineageLink link = byId.get(id);
                    last.put(
                            id,
                            new PredecessorResult(
                                    id,
                                    link.code(),
                                    link.name(),
                                    link.kind().name(),
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    rs.getInt(5),
                                    rs.getString(6),
                                    messages.get("assessment.summary", rs.getInt(4), rs.getInt(5))));
                });
        List<PredecessorResult> predecessors = links.stream()
                .map(link -> last.getOrDefault(
                        link.unitId(),
                        new PredecessorResult(
                                link.unitId(),
                                link.code(),
                                link.name(),
                                link.kind().name(),
                                null,
                                null,
                                null,
                                null,
                                null)))
                .toList();
        return new Past(predecessors, history);
    }
}
