package vn.ntm.unit;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gathers the units a transaction wrote (the writers call {@link #changed}) and publishes ONE {@link UnitsChanged}
 * after the transaction committed, so an import of 10,000 units is heard of once and a rolled-back one never.
 */
@Component
class UnitChangeCollector {

    private final ApplicationEventPublisher events;

    UnitChangeCollector(ApplicationEventPublisher events) {
        this.events = events;
    }

    void changed(UnitsChanged.Kind kind, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(new UnitsChanged(Map.of(kind, Set.copyOf(unitIds))));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.units.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(unitIds);
    }

    /** Attribute changes are published in the transaction for judgement; after commit they join the rest. */
    @EventListener
    void on(UnitAttributesChanged event) {
        changed(UnitsChanged.Kind.ATTRIBUTES, event.unitIds());
    }

    private final class Pending implements TransactionSynchronization {
        private final Map<UnitsChanged.Kind, Set<Long>> units = new EnumMap<>(UnitsChanged.Kind.class);

        @Override
        public void afterCommit() {
            events.publishEvent(new UnitsChanged(units));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(UnitChangeCollector.this);
        }
    }
}
