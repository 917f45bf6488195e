package vn.ntm.assessment;

import java.math.BigDecimal;
import vn.ntm.criteria.Comparison;

/**
 * The judgement of one indicator with everything that explains it: the value, the threshold and its comparison,
 * the gap still to close, and whether value and threshold were verified.
 */
public record IndicatorResult(long indicatorId, String code, int criterionNumber, IndicatorStatus status,
                              BigDecimal number, Boolean met, String notEvaluatedReason, Long thresholdId,
                              BigDecimal thresholdValue, Comparison comparison, String thresholdSource,
                              String thresholdKey, Integer thresholdYear, boolean fromOverlay, BigDecimal gap,
                              Boolean thresholdVerified, boolean valueVerified) {
}
