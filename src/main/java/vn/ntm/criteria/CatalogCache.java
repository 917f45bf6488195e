package vn.ntm.criteria;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.ntm.db.TransactionScoped;

/**
 * This instance's copy of the sets, national thresholds and (for judging) overlays with their thresholds, stamped with the database's catalog version (V17, V26:
 * moved on by every committed change, whichever instance made it). Once per request, or once per transaction
 * outside a request (at every read outside both), the stamp is compared with the database; another number means
 * another instance changed the catalog, and the copy is dropped. What a read loads goes into the copy it started from, so a copy replaced meanwhile never
 * receives older data.
 */
final class CatalogCache {

    private static final String CHECKED = CatalogCache.class.getName() + ".checked";
    /** Not a version the database has: forgotten here, reloaded at the next check. */
    private static final long UNKNOWN = -1;

    /**
     * {@code overlays} by set and {@code overlayThresholds} by overlay: what judging reads of the overlays;
     * {@code headers}: every set without its indicators, as {@link Catalog#sets()} lists them.
     */
    record Copy(
            long version,
            Map<Long, CriteriaSet> sets,
            Map<Long, List<Threshold>> national,
            Map<String, Long> ids,
            Map<Long, List<Overlay>> overlays,
            Map<Long, List<Threshold>> overlayThresholds,
            AtomicReference<List<CriteriaSet>> headers) {

        static Copy empty(long version) {
            return new Copy(
                    version,
                    new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(),
                    new AtomicReference<>());
        }
    }

    private final CatalogStore store;
    private final AtomicReference<Copy> current = new AtomicReference<>(Copy.empty(UNKNOWN));
    private final TransactionScoped<AtomicBoolean> checkedInTransaction = new TransactionScoped<>(AtomicBoolean::new);

    CatalogCache(CatalogStore store) {
        this.store = store;
    }

    Copy copy() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) != null) {
            return current.get();
        }
        // outside a request (a job, a listener, a service called directly): once per transaction
        Optional<AtomicBoolean> inTransaction = request == null ? checkedInTransaction.current() : Optional.empty();
        if (inTransaction.isPresent() && inTransaction.get().getAndSet(true)) {
            return current.get();
        }
        long version = store.version();
        Copy copy = current.get();
        if (copy.version() != version) {
            Copy fresh = Copy.empty(version);
            copy = current.compareAndSet(copy, fresh) ? fresh : current.get();
        }
        if (request != null) {
            request.setAttribute(CHECKED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        return copy;
    }

    /** A change made here: drop the copy now, whatever the database says. */
    void forget() {
        current.set(Copy.empty(UNKNOWN));
    }
}
