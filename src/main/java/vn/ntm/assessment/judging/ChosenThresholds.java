package vn.ntm.assessment.judging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.SourceText;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.ThresholdPolicy;

/**
 * The threshold that applies to each indicator of a set for one overlay (or none), key and year, with its
 * citation as shown. Every unit of a batch that shares overlay and key shares these: a national re-judge chooses
 * a few hundred times instead of once per indicator of each of 10,035 communes.
 */
final class ChosenThresholds {

    private final Map<Long, Threshold> thresholds = new HashMap<>();
    private final Map<Long, SourceText> sources = new HashMap<>();

    ChosenThresholds(CriteriaSet set, List<Threshold> national, List<Threshold> overlay, String key, int year) {
        Map<Long, List<Threshold>> nationalByIndicator = byIndicator(national);
        Map<Long, List<Threshold>> overlayByIndicator = byIndicator(overlay);
        set.indicators()
                .forEach((Indicator i) -> ThresholdPolicy.select(
                                overlayByIndicator.getOrDefault(i.id(), List.of()),
                                nationalByIndicator.getOrDefault(i.id(), List.of()),
                                key,
                                year)
                        .ifPresent(t -> {
                            thresholds.put(i.id(), t);
                            sources.put(i.id(), SourceText.of(t.provenance().source()));
                        }));
    }

    /** The threshold of the indicator, or null when none is configured. */
    Threshold of(long indicatorId) {
        return thresholds.get(indicatorId);
    }

    /** The citation of {@link #of}'s threshold, or null. */
    SourceText sourceOf(long indicatorId) {
        return sources.get(indicatorId);
    }

    private static Map<Long, List<Threshold>> byIndicator(List<Threshold> thresholds) {
        return thresholds.stream().collect(Collectors.groupingBy(Threshold::indicatorId));
    }
}
