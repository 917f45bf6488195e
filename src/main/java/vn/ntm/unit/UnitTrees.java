package vn.ntm.unit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subtrees and lineage over all time, unscoped: the access module computes scopes from them (so it cannot go
 * through {@link Units}, which asks the scope).
 */
@Service
@Transactional(readOnly = true)
public class UnitTrees {

    private final UnitStore store;

    UnitTrees(UnitStore store) {
        this.store = store;
    }

    /** The roots and every unit that was ever below one of them. */
    public Set<Long> subtreeAnyTime(Collection<Long> roots) {
        return store.subtreeAnyTime(roots);
    }

    /** Every unit the given units were formed from, directly or through earlier mergers. */
    public Set<Long> predecessorsClosure(Collection<Long> units) {
        return store.predecessorsClosure(units);
    }

    /** The units a merged unit's users may read: its predecessors and everything that was below them. */
    public Set<Long> predecessorSubtrees(Collection<Long> units) {
        Set<Long> predecessors = predecessorsClosure(units);
        return predecessors.isEmpty() ? Set.of() : new HashSet<>(subtreeAnyTime(predecessors));
    }
}
