package vn.ntm.assessment.judging;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Threshold;

/**
 * The thresholds chosen for a set, overlay, key and year, kept across batches: a save of one value judges its unit
 * with the choice an earlier save made. A choice rests on the catalog's cached set and threshold lists, which the
 * catalog replaces by new ones on every change (here or in another instance); the choice is found by those very
 * lists (identity), so a changed catalog is never judged with an old choice.
 */
final class ThresholdChoices {

    /** More than a set's overlays × keys × years in use; past it the choices are dropped and made again. */
    private static final int LIMIT = 2_000;

    private final Map<Choice, ChosenThresholds> choices = new ConcurrentHashMap<>();

    ChosenThresholds of(CriteriaSet set, List<Threshold> national, List<Threshold> overlay, String key, int year) {
        if (choices.size() > LIMIT) {
            choices.clear();
        }
        return choices.computeIfAbsent(
                new Choice(set, national, overlay, key, year),
                c -> new ChosenThresholds(set, national, overlay, key, year));
    }

    /** Set and lists compared by identity: the catalog's copies, not their contents. */
    private record Choice(CriteriaSet set, List<Threshold> national, List<Threshold> overlay, String key, int year) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Choice c
                    && c.set == set
                    && c.national == national
                    && c.overlay == overlay
                    && c.year == year
                    && Objects.equals(c.key, key);
        }

        @Override
        public int hashCode() {
            int hash = System.identityHashCode(set);
            hash = 31 * hash + System.identityHashCode(national);
            hash = 31 * hash + System.identityHashCode(overlay);
            hash = 31 * hash + year;
            return 31 * hash + (key == null ? 0 : key.hashCode());
        }
    }
}
