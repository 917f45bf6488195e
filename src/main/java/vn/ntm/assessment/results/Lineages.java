package vn.ntm.assessment.results;

import java.util.List;
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

    /** The predecessors of the unit that the set covers (a thị trấn is no commune of an xã set), with results. */
    public List<PredecessorResult> predecessorResults(long unitId, String setCode) {
        CriteriaSet set = catalog.set(setCode);
        var coverage = set.coverage();
        return units.lineage(unitId).predecessors().stream()
                .filter(link -> UnitType.fromName(link.level(), link.name())
                        .map(type -> coverage.covers(link.level(), type))
                        .orElse(true))
                .map(link -> last(link, set))
                .toList();
    }

    private PredecessorResult last(LineageLink link, CriteriaSet set) {
        long id = link.unitId();
        return jdbc.sql("""
                        select r.year, r.met_count, r.criteria_count, r.verdict from unit_result r
                        where r.unit_id = ? and r.set_id = ? order by %s limit 1""".formatted(LAST_COMPLETE_FIRST))
                .params(id, set.id())
                .query((rs, n) -> new PredecessorResult(
                        id,
                        link.code(),
                        link.name(),
                        link.kind().name(),
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getString(4),
                        messages.get("assessment.summary", rs.getInt(2), rs.getInt(3))))
                .optional()
                .orElse(new PredecessorResult(
                        id, link.code(), link.name(), link.kind().name(), null, null, null, null, null));
    }
}
