package vn.ntm.assessment.judging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.assessment.IndicatorStatus;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.EffectiveKey;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.Overlay;
import vn.ntm.criteria.SourceText;
import vn.ntm.criteria.Threshold;

/**
 * Reads a unit-year's stored judgement back as the {@link UnitJudgement} it was written from: the stored statuses,
 * values, thresholds and gaps, explained with the catalog's wording and the thresholds' sources. Empty when
 * nothing (or not every indicator of the set) is stored, so that the caller judges live only then.
 */
@Repository
public class StoredResults {

    private final JdbcClient jdbc;
    private final Catalog catalog;

    StoredResults(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    private record UnitRow(
            Long provinceUnitId, Long overlayId, String key, String keyReason, LocalDate referenceDate) {}

    private record IndicatorRow(
            IndicatorStatus status,
            BigDecimal number,
            Boolean met,
            Long thresholdId,
            BigDecimal thresholdValue,
            BigDecimal gap,
            Boolean thresholdVerified,
            boolean valueVerified) {}

    /** The stored judgement; {@code notEvaluatedReasons} (by indicator id) come from the stored values. */
    public Optional<UnitJudgement> read(CriteriaSet set, int year, long unitId, Map<Long, String> notEvaluatedReasons) {
        Optional<UnitRow> unit = jdbc.sql("""
                        select province_unit_id, overlay_id, effective_key, key_reason, reference_date
                        from unit_result where set_id = ? and year = ? and unit_id = ?""")
                .params(set.id(), year, unitId)
                .query((rs, n) -> new UnitRow(
                        rs.getObject(1, Long.class),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .optional();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, IndicatorStatus> criteria = new HashMap<>();
        jdbc.sql("select criterion_number, status from criterion_result where set_id = ? and year = ? and unit_id = ?")
                .params(set.id(), year, unitId)
                .query(rs -> {
                    criteria.put(rs.getInt(1), IndicatorStatus.valueOf(rs.getString(2)));
                });
        Map<Long, IndicatorRow> indicators = new HashMap<>();
        jdbc.sql("""
                        select indicator_id, status, numeric_value, met, threshold_id, threshold_value, gap,
                            threshold_verified, value_verified
                        from indicator_result where set_id = ? and year = ? and unit_id = ?""").params(set.id(), year, unitId).query(rs -> {
            indicators.put(
                    rs.getLong(1),
                    new IndicatorRow(
                            IndicatorStatus.valueOf(rs.getString(2)),
                            rs.getBigDecimal(3),
                            rs.getObject(4, Boolean.class),
                            rs.getObject(5, Long.class),
                            rs.getBigDecimal(6),
                            rs.getBigDecimal(7),
                            rs.getObject(8, Boolean.class),
                            rs.getBoolean(9)));
        });
        UnitRow u = unit.get();
        Overlay overlay = u.overlayId() == null ? null : catalog.overlay(u.overlayId());
        Map<Long, Threshold> thresholds = new HashMap<>();
        catalog.nationalThresholds(set.id()).forEach(t -> thresholds.put(t.id(), t));
        if (overlay != null) {
            catalog.overlayThresholds(overlay).forEach(t -> thresholds.put(t.id(), t));
        }
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : set.criteria()) {
            IndicatorStatus status = criteria.get(c.number());
            if (status == null) {
                return Optional.empty();
            }
            List<IndicatorResult> lines = new ArrayList<>();
            for (Indicator i : c.indicators()) {
                IndicatorRow r = indicators.get(i.id());
                if (r == null) {
                    return Optional.empty();
                }
                lines.add(result(
                        i,
                        r,
                        r.thresholdId() == null ? null : thresholds.get(r.thresholdId()),
                        notEvaluatedReasons.get(i.id())));
            }
            results.add(new CriterionResult(c.number(), c.nameVi(), status, lines));
        }
        EffectiveKey key = new EffectiveKey(u.key(), EffectiveKey.Reason.valueOf(u.keyReason()));
        JudgementContext context = new JudgementContext(year, u.referenceDate(), u.provinceUnitId(), overlay, key);
        return Optional.of(new UnitJudgement(unitId, set.id(), set.code(), context, results));
    }

    /** As {@link IndicatorJudgement} explains a result, from what was stored. */
    private static IndicatorResult result(Indicator i, IndicatorRow r, Threshold t, String notEvaluatedReason) {
        SourceText source = t == null ? null : SourceText.of(t.provenance().source());
        return new IndicatorResult(
                i.id(),
                i.code(),
                i.criterionNumber(),
                r.status(),
                r.number(),
                r.met(),
                notEvaluatedReason,
                r.thresholdId(),
                r.thresholdValue(),
                i.comparison(),
                source == null ? null : source.text(),
                t == null ? null : t.key(),
                t == null ? null : t.year(),
                t != null && !t.national(),
                r.gap(),
                r.thresholdVerified(),
                r.valueVerified(),
                source == null ? null : source.link());
    }
}
