package vn.ntm.assessment;

import java.util.List;
import java.util.Set;

/**
 * Stored results changed: for each set and year, the units whose stored result was written. Published once per
 * transaction, after it committed (never when it rolled back), on the committing thread and outside any
 * transaction: listen with {@code @EventListener} (add {@code @Async} for slow work), not with a transactional
 * listener. For modules that keep figures of their own over the results.
 */
public record ResultsChanged(List<SetYearUnits> changes) {

    public ResultsChanged {
        changes = List.copyOf(changes);
    }

    /** The units of one set and year whose stored result changed. */
    public record SetYearUnits(long setId, int year, Set<Long> unitIds) {

        public SetYearUnits {
            unitIds = Set.copyOf(unitIds);
        }
    }

    /** The units whose result under this set and year changed (empty if none). */
    public Set<Long> unitIds(long setId, int year) {
        return changes.stream()
                .filter(c -> c.setId() == setId && c.year() == year)
                .findFirst()
                .map(SetYearUnits::unitIds)
                .orElse(Set.of());
    }
}
