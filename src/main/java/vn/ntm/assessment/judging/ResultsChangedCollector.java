package vn.ntm.assessment.judging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ntm.assessment.ResultsChanged;
import vn.ntm.assessment.ResultsChanged.SetYearUnits;
import vn.ntm.db.AfterCommit;

/**
 * Gathers the units whose stored result a transaction wrote and publishes ONE {@link ResultsChanged} after the
 * transaction committed ({@link AfterCommit}): a national re-judging writes in many batches, a save of one value in
 * one, and a listener hears of each transaction once, and never of one that rolled back.
 */
@Component
class ResultsChangedCollector {

    private final AfterCommit<Map<Key, Set<Long>>> pending;

    ResultsChangedCollector(ApplicationEventPublisher events) {
        this.pending = new AfterCommit<>(LinkedHashMap::new, units -> events.publishEvent(event(units)));
    }

    void written(long setId, int year, Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        pending.add(units -> units.computeIfAbsent(new Key(setId, year), k -> new LinkedHashSet<>())
                .addAll(unitIds));
    }

    private static ResultsChanged event(Map<Key, Set<Long>> units) {
        List<SetYearUnits> changes = new ArrayList<>();
        units.forEach((key, ids) -> changes.add(new SetYearUnits(key.setId(), key.year(), ids)));
        return new ResultsChanged(changes);
    }

    private record Key(long setId, int year) {}
}
