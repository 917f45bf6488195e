package vn.ntm.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.assessment.judging.CriterionResult;
import vn.ntm.assessment.judging.IndicatorResult;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.assessment.judging.UnitJudgement;

/**
 * The stored judgement results of unit-years as lines of text (unit, criteria, indicators), and the same lines
 * built from a fresh {@link Judgements#judge} of the stored values, so a test compares the two exactly.
 */
public final class StoredJudgements {

    private StoredJudgements() {}

    /** What unit_result, criterion_result and indicator_result hold for the units, sorted. */
    public static List<String> stored(JdbcClient jdbc, long setId, int year, Collection<Long> unitIds) {
        Long[] units = unitIds.toArray(Long[]::new);
        List<String> lines = new ArrayList<>();
        lines.addAll(jdbc.sql("""
                        select unit_id, met_count, criteria_count, verdict, not_met_indicators, no_data_indicators,
                            not_configured_indicators, not_evaluated_indicators, effective_key, unverified_values,
                            unverified_thresholds
                        from unit_result where set_id = ? and year = ? and unit_id = any(?)""")
                .params(setId, year, units)
                .query((rs, n) -> unit(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getInt(10),
                        rs.getInt(11)))
                .list());
        lines.addAll(jdbc.sql("""
                        select unit_id, criterion_number, status from criterion_result
                        where set_id = ? and year = ? and unit_id = any(?)""")
                .params(setId, year, units)
                .query((rs, n) -> criterion(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list());
        lines.addAll(jdbc.sql("""
                        select unit_id, indicator_id, criterion_number, status, numeric_value, met, threshold_id,
                            threshold_value, gap, threshold_verified, value_verified
                        from indicator_result where set_id = ? and year = ? and unit_id = any(?)""")
                .params(setId, year, units)
                .query((rs, n) -> indicator(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        (Boolean) rs.getObject(6),
                        (Long) rs.getObject(7),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        (Boolean) rs.getObject(10),
                        rs.getBoolean(11)))
                .list());
        lines.sort(null);
        return lines;
    }

    /** The same lines from judgements made now. */
    public static List<String> fresh(List<UnitJudgement> judged) {
        List<String> lines = new ArrayList<>();
        for (UnitJudgement j : judged) {
            lines.add(unit(
                    j.unitId(),
                    j.metCount(),
                    j.criteriaCount(),
                    j.verdict().name(),
                    (int) j.count(IndicatorStatus.NOT_MET),
                    (int) j.count(IndicatorStatus.NO_DATA),
                    (int) j.count(IndicatorStatus.NOT_CONFIGURED),
                    (int) j.count(IndicatorStatus.NOT_EVALUATED),
                    j.context().effectiveKey().key(),
                    (int) j.unverifiedValues(),
                    (int) j.unverifiedThresholds()));
            for (CriterionResult c : j.criteria()) {
                lines.add(criterion(j.unitId(), c.number(), c.status().name()));
            }
            for (IndicatorResult r : j.indicators()) {
                lines.add(indicator(
                        j.unitId(),
                        r.indicatorId(),
                        r.criterionNumber(),
                        r.status().name(),
                        r.number(),
                        r.met(),
                        r.thresholdId(),
                        r.thresholdValue(),
                        r.gap(),
                        r.thresholdVerified(),
                        r.valueVerified()));
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String unit(
            long unit,
            int met,
            int total,
            String verdict,
            int notMet,
            int noData,
            int notConfigured,
            int notEvaluated,
            String key,
            int unverifiedValues,
            int unverifiedThresholds) {
        return "unit " + unit + ": " + met + "/" + total + " " + verdict + " notMet=" + notMet + " noData=" + noData
                + " notConfigured=" + notConfigured + " notEvaluated=" + notEvaluated + " key=" + key
                + " unverified=" + unverifiedValues + "/" + unverifiedThresholds;
    }

    private static String criterion(long unit, int number, String status) {
        return "unit " + unit + " criterion " + number + ": " + status;
    }

    private static String indicator(
            long unit,
            long indicator,
            int criterion,
            String status,
            BigDecimal number,
            Boolean met,
            Long thresholdId,
            BigDecimal threshold,
            BigDecimal gap,
            Boolean thresholdVerified,
            boolean valueVerified) {
        return "unit " + unit + " indicator " + indicator + " (criterion " + criterion + "): " + status + " value="
                + plain(number) + " met=" + met + " threshold=" + thresholdId + ":" + plain(threshold) + " gap="
                + plain(gap) + " verified=" + thresholdVerified + "/" + valueVerified;
    }

    private static String plain(BigDecimal n) {
        return n == null ? "-" : n.stripTrailingZeros().toPlainString();
    }
}
