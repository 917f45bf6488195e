package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.VietnameseNumber;

/**
 * An overlay's thresholds edited one at a time on screen, each change with its legal source and reason, audited
 * and announced so that the judgements of that province's communes follow. National thresholds change only by
 * loading the set file.
 */
@Service
public class ThresholdEditor {

    static final String ENTITY = "threshold";

    private final CatalogStore store;
    private final Catalog catalog;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ThresholdEditor(CatalogStore store, Catalog catalog, CurrentScope scope, AuditLog audit,
                    ApplicationEventPublisher events) {
        this.store = store;
        this.catalog = catalog;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
    }

    /** A threshold as typed on the form. */
    public record ThresholdForm(String indicator, String key, Integer year, String value, String source,
                                Boolean verified, Integer version, String reason) {
    }

    @Transactional
    public Threshold update(long thresholdId, ThresholdForm form) {
        Threshold current = store.threshold(thresholdId)
                .orElseThrow(() -> new NotFoundException("id", "catalog.error.thresholdNotFound", thresholdId));
        if (current.overlayId() == null) {
            throw new BadInputException("id", "catalog.error.nationalThreshold");
        }
        Overlay overlay = editable(current.overlayId());
        BigDecimal value = checked(form);
        if (form.version() == null) {
            throw new BadInputException("version", "error.version.required");
        }
        if (form.version() != current.version()
                || store.updateThreshold(thresholdId, form.version(), value, form.source().trim(),
                Boolean.TRUE.equals(form.verified())) == 0) {
            var last = audit.latest(ENTITY, thresholdId);
            throw new ConcurrentEditException("error.version.stale", form.version(), current.version(),
                    last.map(AuditEntry::actor).orElse("?"), last.map(e -> vn.ntm.text.VietnameseDates.dayOf(e.at())).orElse(null));
        }
        audit.record(Change.updated(ENTITY, thresholdId, overlay.provinceUnitId())
                .field("value", plain(current.value()), plain(value))
                .field("source", current.source(), form.source().trim())
                .field("verified", current.verified(), Boolean.TRUE.equals(form.verified()))
                .reason(form.reason().trim()));
        events.publishEvent(new CatalogChanged(overlay.setId(), overlay.provinceUnitId(), Set.of(current.key())));
        return store.threshold(thresholdId).orElseThrow();
    }

    @Transactional
    public Threshold add(long overlayId, ThresholdForm form) {
        Overlay overlay = editable(overlayId);
        CriteriaSet set = catalog.set(overlay.setId());
        Indicator indicator = set.indicator(form.indicator()).filter(Indicator::measured).orElseThrow(() ->
                new BadInputException("indicator", "catalog.error.indicatorUnknown", form.indicator(), set.code()));
        BigDecimal value = checked(form);
        String key = form.key() == null || form.key().isBlank() ? Threshold.ANY_KEY : form.key().trim();
        if (form.year() != null && !set.covers(form.year())) {
            throw new BadInputException("year", "catalog.error.thresholdYear", String.valueOf(form.year()),
                    String.valueOf(set.periodFrom()), String.valueOf(set.periodTo()));
        }
        boolean exists = catalog.overlayThresholds(overlay).stream().anyMatch(t -> t.indicatorId() == indicator.id()
                && t.key().equals(key) && java.util.Objects.equals(t.year(), form.year()));
        if (exists) {
            throw new BadInputException("key", "catalog.error.thresholdDuplicate", indicator.code(), key,
                    form.year() == null ? "*" : String.valueOf(form.year()));
        }
        long id = store.insertThreshold(indicator.id(), overlayId, key, form.year(), value, form.source().trim(),
                Boolean.TRUE.equals(form.verified()));
        audit.record(Change.created(ENTITY, id, overlay.provinceUnitId())
                .field("indicator", null, indicator.code()).field("key", null, key)
                .field("value", null, plain(value)).field("source", null, form.source().trim())
                .reason(form.reason().trim()));
        events.publishEvent(new CatalogChanged(overlay.setId(), overlay.provinceUnitId(), Set.of(key)));
        return store.threshold(id).orElseThrow();
    }

    public java.util.List<AuditEntry> history(long thresholdId) {
        return audit.history(ENTITY, thresholdId);
    }

    /** What happened to an overlay: its loads (with the thresholds they changed) and each threshold edited on screen. */
    public java.util.List<AuditEntry> overlayHistory(Overlay overlay) {
        java.util.List<Long> thresholds = catalog.overlayThresholds(overlay).stream().map(Threshold::id).toList();
        return java.util.stream.Stream.concat(audit.history(OverlayImport.ENTITY, overlay.id()).stream(),
                        audit.history(ENTITY, thresholds).stream())
                .sorted(java.util.Comparator.comparingLong(AuditEntry::id)).toList();
    }

    private Overlay editable(long overlayId) {
        Overlay overlay = catalog.overlay(overlayId);
        boolean allowed = scope.isAdministrator()
                || "PROVINCE_OFFICER".equals(scope.role()) && scope.get().canWrite(overlay.provinceUnitId());
        if (!allowed) {
            throw new OutOfScopeException("catalog.error.overlayNotAllowed", overlay.provinceName());
        }
        return overlay;
    }

    private static BigDecimal checked(ThresholdForm form) {
        if (form.value() == null || form.value().isBlank()) {
            throw new BadInputException("value", "catalog.error.thresholdValueRequired", form.indicator());
        }
        BigDecimal value = VietnameseNumber.parse(form.value())
                .orElseThrow(() -> new BadInputException("value", "catalog.error.number", form.value()));
        if (form.source() == null || form.source().isBlank()) {
            throw new BadInputException("source", "catalog.error.sourceRequired");
        }
        if (form.reason() == null || form.reason().isBlank()) {
            throw new BadInputException("reason", "catalog.error.reasonRequired");
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
