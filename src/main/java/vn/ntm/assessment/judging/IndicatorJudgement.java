package vn.ntm.assessment.judging;

import java.math.BigDecimal;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.IndicatorStatus;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.SourceText;
import vn.ntm.criteria.Threshold;

/**
 * How one indicator is judged. "Không đánh giá" wins (it counts as met, with its reason). A measured indicator
 * with no threshold for the unit is "chưa cấu hình ngưỡng" whatever its value, never met or not met. Otherwise
 * no value is "no data"; a qualitative value is what the owning body judged; a number is compared with the
 * threshold, and a value exactly at a ≥ or ≤ threshold meets it.
 */
public final class IndicatorJudgement {

    private IndicatorJudgement() {}

    public static IndicatorResult judge(Indicator indicator, EnteredValue value, Threshold threshold) {
        return judge(
                indicator,
                value,
                threshold,
                threshold == null ? null : SourceText.of(threshold.provenance().source()));
    }

    /** The same with the threshold's citation worked out already ({@code source}: null when no threshold). */
    static IndicatorResult judge(Indicator indicator, EnteredValue value, Threshold threshold, SourceText source) {
        boolean verified = value != null && value.verified();
        if (value != null && value.notEvaluated()) {
            return result(indicator, IndicatorStatus.NOT_EVALUATED, value, threshold, source, null, verified);
        }
        if (!indicator.measured()) {
            if (value == null || value.met() == null) {
                return result(indicator, IndicatorStatus.NO_DATA, value, null, null, null, verified);
            }
            return result(
                    indicator,
                    value.met() ? IndicatorStatus.MET : IndicatorStatus.NOT_MET,
                    value,
                    null,
                    null,
                    null,
                    verified);
        }
        if (threshold == null) {
            return result(indicator, IndicatorStatus.NOT_CONFIGURED, value, null, null, null, verified);
        }
        if (value == null || value.number() == null) {
            return result(indicator, IndicatorStatus.NO_DATA, value, threshold, source, null, verified);
        }
        boolean met = indicator.comparison().holds(value.number(), threshold.value());
        BigDecimal gap = met ? null : indicator.comparison().gap(value.number(), threshold.value());
        return result(
                indicator,
                met ? IndicatorStatus.MET : IndicatorStatus.NOT_MET,
                value,
                threshold,
                source,
                gap,
                verified);
    }

    private static IndicatorResult result(
            Indicator i,
            IndicatorStatus status,
            EnteredValue value,
            Threshold t,
            SourceText source,
            BigDecimal gap,
            boolean verified) {
        return new IndicatorResult(
                i.id(),
                i.code(),
                i.criterionNumber(),
                status,
                value == null ? null : value.number(),
                value == null ? null : value.met(),
                value == null ? null : value.notEvaluatedReason(),
                t == null ? null : t.id(),
                t == null ? null : t.value(),
                i.comparison(),
                source == null ? null : source.text(),
                t == null ? null : t.key(),
                t == null ? null : t.year(),
                t != null && !t.national(),
                gap,
                t == null ? null : t.verified(),
                verified,
                source == null ? null : source.link());
    }
}
