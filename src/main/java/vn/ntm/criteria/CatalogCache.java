package vn.ntm.criteria;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * This instance's copy of the sets and national thresholds, stamped with the database's catalog version (V17:
 * moved on by every committed change, whichever instance made it). Once per request, or at every read outside a
 * request, the stamp is compared with the database; another number means another instance changed the catalog, and
 * the copy is dropped. What a read loads goes into the copy it started from, so a copy replaced meanwhile never
 * receives older data.
 */
final class CatalogCache {

    private static final String CHECKED = CatalogCache.class.getName() + ".checked";
    /** Not a version the database has: forgotten here, reloaded at the next check. */
    private static final long UNKNOWN = -1;

    record Copy(long version, Map<Long, CriteriaSet> sets, Map<Long, List<Threshold>> national, Map<String, Long> ids) {

        static Copy empty(long version) {
            return new Copy(version, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private final CatalogStore store;
    private final AtomicReference<Copy> current = new AtomicReference<>(Copy.empty(UNKNOWN));

    CatalogCache(CatalogStore store) {
        this.store = store;
    }

    Copy copy() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) != null) {
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
