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

    /**
     * The stored judgement; {@code notEvaluatedReasons} (by indicator id) come from the stored values. One query:
     * the unit row with each indicator row and its criterion's status beside it (a page reads this on every view).
     */
    public Optional<UnitJudgement> read(CriteriaSet set, int year, long unitId, Map<Long, String> notEvaluatedReasons) {
        UnitRow[] unit = new UnitRow[1];
        Map<Integer, IndicatorStatus> criteria = new HashMap<>();
        Map<Long, IndicatorRow> indicators = new HashMap<>();
        jdbc.sql("""
                        select u.province_unit_id, u.overlay_id, u.effective_key, u.key_reason, u.reference_date,
                            i.indicator_id, i.status, i.numeric_value, i.met, i.threshold_id, i.threshold_value, i.gap,
                            i.threshold_verified, i.value_verified, c.criterion_number, c.status
                        from unit_result u
                        left join indicator_result i
                            on i.set_id = u.set_id and i.year = u.year and i.unit_id = u.unit_id
                        left join criterion_result c
                            on c.set_id = u.set_id and c.year = u.year and c.unit_id = u.unit_id
                            and c.criterion_number = i.criterion_number
                        where u.set_id = ? and u.year = ? and u.unit_id = ?""").params(set.id(), year, unitId).query(rs -> {
            if (unit[0] == null) {
                unit[0] = new UnitRow(
                        rs.getObject(1, Long.class),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class));
            }
            if (rs.getObject(6) == null) {
                return;
            }
            indicators.put(
                    rs.getLong(6),
                    new IndicatorRow(
                            IndicatorStatus.valueOf(rs.getString(7)),
                            rs.getBigDecimal(8),
                            rs.getObject(9, Boolean.class),
                            rs.getObject(10, Long.class),
                            rs.getBigDecimal(11),
                            rs.getBigDecimal(12),
                            rs.getObject(13, Boolean.class),
                            rs.getBoolean(14)));
            if (rs.getObject(15) != null) {
                criteria.put(rs.getInt(15), IndicatorStatus.valueOf(rs.getString(16)));
            }
        });
        if (unit[0] == null) {
            return Optional.empty();
        }
        UnitRow u = unit[0];
        Overlay overlay = u.overlayId() == null ? null : overlay(set.id(), u.overlayId());
        Map<Long, Threshold> thresholds = new HashMap<>();
        catalog.nationalThresholds(set.id()).forEach(t -> thresholds.put(t.id(), t));
        if (overlay != null) {
            catalog.overlayThresholdsForJudging(overlay).forEach(t -> thresholds.put(t.id(), t));
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

    /** The overlay as judging keeps it with the cached catalog (its decision and demo mark are what is shown). */
    private Overlay overlay(long setId, long overlayId) {
        return catalog.overlaysForJudging(setId).stream()
                .filter(o -> o.id() == overlayId)
                .findFirst()
                .orElseGet(() -> catalog.overlay(overlayId));
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
