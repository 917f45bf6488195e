package vn.ntm.unit;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ntm.db.AfterCommit;

/**
 * Gathers the units a transaction wrote (the writers call {@link #changed}) and publishes ONE {@link UnitsChanged}
 * after the transaction committed ({@link AfterCommit}), so an import of 10,000 units is heard of once and a
 * rolled-back one never.
 */
@Component
class UnitChangeCollector {

    private final AfterCommit<Map<UnitsChanged.Kind, Set<Long>>> pending;

    UnitChangeCollector(ApplicationEventPublisher events) {
        this.pending = new AfterCommit<>(
                () -> new EnumMap<>(UnitsChanged.Kind.class), units -> events.publishEvent(new UnitsChanged(units)));
    }

    void changed(UnitsChanged.Kind kind, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        pending.add(
                units -> units.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(unitIds));
    }

    /** Attribute changes are published in the transaction for judgement; after commit they join the rest. */
    @EventListener
    void on(UnitAttributesChanged event) {
        changed(UnitsChanged.Kind.ATTRIBUTES, event.unitIds());
    }
}
