package vn.ntm.assessment.judging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ntm.assessment.ResultsChanged;
import vn.ntm.assessment.ResultsChanged.SetYearUnits;

/**
 * Gathers the units whose stored result a transaction wrote and publishes ONE {@link ResultsChanged} after the
 * transaction committed: a national re-judging writes in many batches, a save of one value in one, and a listener
 * hears of each transaction once, and never of one that rolled back. The units gathered live in the transaction's
 * resources, so two transactions never mix.
 */
@Component
class ResultsChangedCollector {

    private final ApplicationEventPublisher events;

    ResultsChangedCollector(ApplicationEventPublisher events) {
        this.events = events;
    }

    void written(long setId, int year, Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(new ResultsChanged(List.of(new SetYearUnits(setId, year, unitIds))));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.units
                .computeIfAbsent(new Key(setId, year), k -> new LinkedHashSet<>())
                .addAll(unitIds);
    }

    private record Key(long setId, int year) {}

    private final class Pending implements TransactionSynchronization {
        private final Map<Key, Set<Long>> units = new LinkedHashMap<>();

        @Override
        public void afterCommit() {
            List<SetYearUnits> changes = new ArrayList<>();
            units.forEach((key, ids) -> changes.add(new SetYearUnits(key.setId(), key.year(), ids)));
            events.publishEvent(new ResultsChanged(changes));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ResultsChangedCollector.this);
        }
    }
}
