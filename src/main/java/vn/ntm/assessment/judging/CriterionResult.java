package vn.ntm.assessment.judging;

import java.util.List;
import vn.ntm.assessment.IndicatorStatus;

/**
 * A criterion's judgement. It is met when every indicator is met or not evaluated; one unmet indicator makes it
 * not met; otherwise a missing threshold or missing data leaves it open, saying which. A criterion whose every
 * indicator is not evaluated is itself not evaluated (counts as met). A criterion with no indicators loaded yet
 * (2026-2030 structure) cannot be judged: not configured.
 */
public record CriterionResult(int number, String name, IndicatorStatus status, List<IndicatorResult> indicators) {

    public CriterionResult {
        indicators = List.copyOf(indicators);
    }

    public static IndicatorStatus statusOf(List<IndicatorResult> indicators) {
        if (indicators.isEmpty()) {
            return IndicatorStatus.NOT_CONFIGURED;
        }
        if (any(indicators, IndicatorStatus.NOT_MET)) {
            return IndicatorStatus.NOT_MET;
        }
        if (any(indicators, IndicatorStatus.NOT_CONFIGURED)) {
            return IndicatorStatus.NOT_CONFIGURED;
        }
        if (any(indicators, IndicatorStatus.NO_DATA)) {
            return IndicatorStatus.NO_DATA;
        }
        return indicators.stream().allMatch(i -> i.status() == IndicatorStatus.NOT_EVALUATED)
                ? IndicatorStatus.NOT_EVALUATED
                : IndicatorStatus.MET;
    }

    private static boolean any(List<IndicatorResult> indicators, IndicatorStatus status) {
        return indicators.stream().anyMatch(i -> i.status() == status);
    }
}
