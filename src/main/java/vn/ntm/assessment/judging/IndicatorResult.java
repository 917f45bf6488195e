package vn.ntm.assessment.judging;

import java.math.BigDecimal;
import vn.ntm.assessment.IndicatorStatus;
import vn.ntm.criteria.Comparison;

/**
 * The judgement of one indicator with everything that explains it: the value, the threshold and its comparison,
 * the gap still to close, and whether value and threshold were verified. The threshold's source is its citation
 * ({@link vn.ntm.criteria.SourceText}): the document as a reader cites it, and a link only to an official text.
 */
public record IndicatorResult(
        long indicatorId,
        String code,
        int criterionNumber,
        IndicatorStatus status,
        BigDecimal number,
        Boolean met,
        String notEvaluatedReason,
        Long thresholdId,
        BigDecimal thresholdValue,
        Comparison comparison,
        String thresholdSource,
        String thresholdKey,
        Integer thresholdYear,
        boolean fromOverlay,
        BigDecimal gap,
        Boolean thresholdVerified,
        boolean valueVerified,
        String thresholdSourceLink) {}
