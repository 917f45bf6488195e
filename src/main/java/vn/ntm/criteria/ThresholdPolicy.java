package vn.ntm.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which threshold applies to an indicator for a key (the unit's effective region or group) and a year. A
 * province's overlay comes before the national set; within each, the exact key before the any-key value, and a
 * value for the year before one for every year. No match means the threshold is not configured: never guessed.
 */
public final class ThresholdPolicy {

    private ThresholdPolicy() {}

    public static Optional<Threshold> select(List<Threshold> overlay, List<Threshold> national, String key, int year) {
        for (List<Threshold> source : List.of(overlay, national)) {
            for (String k : key == null ? List.of(Threshold.ANY_KEY) : List.of(key, Threshold.ANY_KEY)) {
                Optional<Threshold> forYear = find(source, k, year);
                if (forYear.isPresent()) {
                    return forYear;
                }
                Optional<Threshold> anyYear = find(source, k, null);
                if (anyYear.isPresent()) {
                    return anyYear;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Threshold> find(List<Threshold> thresholds, String key, Integer year) {
        return thresholds.stream()
                .filter(t -> t.key().equals(key) && Objects.equals(t.year(), year))
                .findFirst();
    }
}
