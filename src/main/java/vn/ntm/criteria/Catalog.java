package vn.ntm.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.ntm.errors.NotFoundException;

/**
 * Reading the catalog: sets with their criteria and indicators, national thresholds, provincial overlays. The
 * catalog is public knowledge (legal texts), so every signed-in user may read it.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final CatalogStore store;
    /**
     * Sets and thresholds by set id: read for every judgement, changed rarely; dropped on every catalog change here
     * and when another instance changed it.
     */
    private final CatalogCache cache;

    Catalog(CatalogStore store) {
        this.store = store;
        this.cache = new CatalogCache(store);
    }

    /** Runs before the listeners that re-judge, so they read the new thresholds. */
    @EventListener
    @Order(0)
    void on(CatalogChanged event) {
        forget();
    }

    /** After a rollback the cache may hold what was never committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void afterCompletion(CatalogChanged event) {
        forget();
    }

    void forget() {
        cache.forget();
    }

    /** Every set, without criteria, oldest period first; kept with the cached copy (every page's switcher asks). */
    public List<CriteriaSet> sets() {
        AtomicReference<List<CriteriaSet>> headers = cache.copy().headers();
        List<CriteriaSet> sets = headers.get();
        if (sets == null) {
            sets = List.copyOf(store.headers());
            headers.compareAndSet(null, sets);
        }
        return sets;
    }

    public CriteriaSet set(String code) {
        CatalogCache.Copy copy = cache.copy();
        Long id = copy.ids().get(code == null ? "" : code.trim());
        if (id != null) {
            return set(copy, id);
        }
        CriteriaSet set = store.byCode(code == null ? "" : code.trim())
                .orElseThrow(() -> new NotFoundException("set", "catalog.error.setNotFound", code));
        copy.ids().put(set.code(), set.id());
        copy.sets().put(set.id(), set);
        return set;
    }

    public CriteriaSet set(long id) {
        return set(cache.copy(), id);
    }

    private CriteriaSet set(CatalogCache.Copy copy, long id) {
        CriteriaSet cached = copy.sets().get(id);
        if (cached != null) {
            return cached;
        }
        CriteriaSet set =
                store.byId(id).orElseThrow(() -> new NotFoundException("set", "catalog.error.setNotFound", id));
        copy.sets().put(id, set);
        return set;
    }

    /** The id of the set an indicator belongs to. */
    public long setOfIndicator(long indicatorId) {
        return store.setOf(indicatorId);
    }

    /** National thresholds of a set. */
    public List<Threshold> nationalThresholds(long setId) {
        return cache.copy().national().computeIfAbsent(setId, id -> store.thresholds(id, null));
    }

    public List<Threshold> overlayThresholds(Overlay overlay) {
        return store.thresholds(overlay.setId(), overlay.id());
    }

    /**
     * The set's overlays as judging reads them (which province, in force when, decision), kept with the sets and
     * dropped with them on every catalog change: a save of one value judges without reading them again. The
     * province's name in them is as it was when first read (judging does not show it); screens use {@link
     * #overlays}.
     */
    public List<Overlay> overlaysForJudging(long setId) {
        return cache.copy().overlays().computeIfAbsent(setId, id -> List.copyOf(store.overlays(id)));
    }

    /** {@link #overlayThresholds}, kept like {@link #overlaysForJudging}. */
    public List<Threshold> overlayThresholdsForJudging(Overlay overlay) {
        return cache.copy().overlayThresholds().computeIfAbsent(overlay.id(), id -> overlayThresholds(overlay));
    }

    /**
     * For each indicator of the set, the indicators of other sets it corresponds to, as "SET:CODE"
     * (e.g. "NTM-XA-2021-2025:15.4").
     */
    public Map<Long, List<String>> sources(long setId) {
        return store.sources(setId);
    }

    public List<Overlay> overlays(Long setId) {
        return store.overlays(setId);
    }

    public Overlay overlay(long id) {
        return store.overlay(id)
                .orElseThrow(() -> new NotFoundException("overlay", "catalog.error.overlayNotFound", id));
    }

    /** The bodies the province assigned to verify criteria in this overlay (by criterion number). */
    public List<OwnerAssignment> owners(Overlay overlay) {
        return store.owners(overlay.id());
    }

    /** The province's overlay of the set in force on {@code date}, if the province adopted one. */
    public Optional<Overlay> overlayOn(long setId, long provinceUnitId, LocalDate date) {
        return store.overlayOn(setId, provinceUnitId, date);
    }
}
