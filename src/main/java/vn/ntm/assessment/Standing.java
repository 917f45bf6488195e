package vn.ntm.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.criteria.EffectiveKey;
import vn.ntm.text.NumberText;

/**
 * A unit's standing under a set for a year as a reader sees it: "đạt N/M tiêu chí", the verdict, the class of
 * units it falls in, every criterion and indicator with value, threshold and gap, and what produced the result
 * (set, overlay, year, effective region or group, unverified values and thresholds).
 */
public record Standing(
        long unitId,
        String unitCode,
        String unitName,
        String setCode,
        String setName,
        int year,
        int metCount,
        int criteriaCount,
        Verdict verdict,
        String summary,
        String bucket,
        LocalDate referenceDate,
        String overlayDecision,
        boolean overlayDemo,
        String effectiveKey,
        EffectiveKey.Reason keyReason,
        long notMet,
        long noData,
        long notConfigured,
        long notEvaluated,
        long unverifiedValues,
        long unverifiedThresholds,
        List<CriterionLine> criteria,
        List<IndicatorLine> unmet) {

    public record CriterionLine(
            int number, String name, IndicatorStatus status, String ownerBodyType, List<IndicatorLine> indicators) {}

    public record IndicatorLine(
            String code,
            String text,
            boolean measured,
            String measureUnit,
            IndicatorStatus status,
            BigDecimal value,
            Boolean met,
            String notEvaluatedReason,
            String comparison,
            BigDecimal threshold,
            BigDecimal gap,
            String thresholdKey,
            Integer thresholdYear,
            String thresholdSource,
            boolean thresholdFromOverlay,
            Boolean thresholdVerified,
            boolean wordingVerified,
            Long valueId,
            ValueState state,
            Integer version,
            String returnReason,
            int evidenceCount,
            String note,
            String thresholdSourceLink) {

        /** The stored value as a user would type it back: 20,5 (in the page's language) or Đạt / Không đạt. */
        public String typed(NumberText numbers) {
            if (value != null) {
                return numbers.format(value);
            }
            return met == null ? "" : met ? "Đạt" : "Không đạt";
        }
    }
}
