package vn.ntm.unit;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Units changed: added by an import, renamed or moved (a new state: name, type or parent), ended, linked by
 * lineage, or their attributes (region, especially-difficult flag, commune group) changed. Published once per
 * transaction, after it committed (never when it rolled back), on the committing thread and outside any
 * transaction: listen with {@code @EventListener}. For modules that keep figures over units. (Judgement follows an
 * attribute change inside the same transaction through {@link UnitAttributesChanged}.)
 */
public record UnitsChanged(Map<Kind, Set<Long>> byKind) {

    public enum Kind {
        /** New units (an import). */
        ADDED,
        /** A new state: renamed, retyped or moved under another parent. */
        CHANGED,
        /** No longer in force. */
        ENDED,
        /** Lineage written or corrected (predecessors and successors both named). */
        LINEAGE,
        /** Region, especially-difficult flag or commune group. */
        ATTRIBUTES
    }

    public UnitsChanged {
        Map<Kind, Set<Long>> copy = new EnumMap<>(Kind.class);
        byKind.forEach((kind, ids) -> copy.put(kind, Set.copyOf(ids)));
        byKind = Map.copyOf(copy);
    }

    /** The units changed in this way (empty if none). */
    public Set<Long> of(Kind kind) {
        return byKind.getOrDefault(kind, Set.of());
    }

    /** Every unit changed, in whatever way. */
    public Set<Long> unitIds() {
        Set<Long> all = new LinkedHashSet<>();
        byKind.values().forEach(all::addAll);
        return all;
    }
}
