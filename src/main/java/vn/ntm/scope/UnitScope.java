package vn.ntm.scope;

import java.util.HashSet;
import java.util.Set;
import vn.ntm.errors.OutOfScopeException;

/**
 * The units a user may change ({@code writable}: their unit and its subtree, at any date) and may read
 * ({@code readable}: also the predecessors of those units after a merger, and their subtrees). A national
 * scope reaches everything.
 */
public record UnitScope(boolean national, boolean readOnly, Set<Long> writable, Set<Long> readable) {

    public UnitScope {
        writable = Set.copyOf(writable);
        readable = Set.copyOf(readable);
    }

    public static UnitScope nationalScope() {
        return new UnitScope(true, false, Set.of(), Set.of());
    }

    public static UnitScope none() {
        return new UnitScope(false, true, Set.of(), Set.of());
    }

    public boolean canRead(long unitId) {
        return national || readable.contains(unitId) || writable.contains(unitId);
    }

    public boolean canWrite(long unitId) {
        return !readOnly && (national || writable.contains(unitId));
    }

    public void requireRead(long unitId) {
        if (!canRead(unitId)) {
            throw new OutOfScopeException("error.scope.read");
        }
    }

    public void requireWrite(long unitId) {
        if (!canWrite(unitId)) {
            throw new OutOfScopeException(canRead(unitId) ? "error.scope.readOnly" : "error.scope.write");
        }
    }

    /** Units readable by this scope, for SQL filters; null when national (no filter). */
    public Set<Long> readableOrNull() {
        if (national) {
            return null;
        }
        HashSet<Long> all = new HashSet<>(readable);
        all.addAll(writable);
        return all;
    }
}
