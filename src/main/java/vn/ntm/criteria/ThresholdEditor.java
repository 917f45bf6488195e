package vn.ntm.criteria;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;
import vn.ntm.text.VietnameseNumber;
import vn.ntm.web.FormDates;

/**
 * An overlay's thresholds edited one at a time on screen, each change with its source (the province's decision
 * number and date unless another is given) and reason, within the indicator's range, audited and announced so
 * that the judgements of that province's communes follow. Only an administrator or an officer of that province
 * edits them. National thresholds are authored with their indicator ({@link IndicatorAuthoring}).
 */
@Service
public class ThresholdEditor {

    static final String ENTITY = "threshold";

    private final CatalogStore store;
    private final CatalogWriter writer;
    private final Catalog catalog;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ThresholdEditor(
            CatalogStore store,
            CatalogWriter writer,
            Catalog catalog,
            CurrentScope scope,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.writer = writer;
        this.catalog = catalog;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
    }

    /**
     * A threshold as typed on the form; an empty source means the overlay's decision and its date. Serializable: a
     * refused edit keeps it as a flash attribute in the session (in the database).
     */
    public record ThresholdForm(
            String indicator,
            String key,
            Integer year,
            String value,
            String source,
            String sourceArticle,
            String sourceDate,
            String sourceUrl,
            Integer version,
            String reason)
            implements Serializable {}

    @Transactional
    public Threshold update(long thresholdId, ThresholdForm form) {
        Threshold current = store.threshold(thresholdId)
                .orElseThrow(() -> new NotFoundException("id", "catalog.error.thresholdNotFound", thresholdId));
        if (current.overlayId() == null) {
            throw new BadInputException("id", "catalog.error.nationalThreshold");
        }
        Overlay overlay = editable(current.overlayId());
        Indicator indicator = indicatorOf(overlay, current.indicatorId());
        ThresholdContent content = content(overlay, indicator, current.key(), current.year(), form);
        if (form.version() == null) {
            throw new BadInputException("version", "error.version.required");
        }
        if (form.version() != current.version()
                || !writer.updateThreshold(thresholdId, form.version(), content, scope.username())) {
            throw stale(thresholdId, form.version(), current.version());
        }
        audit.record(Change.updated(ENTITY, thresholdId, overlay.provinceUnitId())
                .field("value", plain(current.value()), plain(content.value()))
                .field("source", current.source(), content.source().document())
                .field("verified", current.verified(), content.verified())
                .reason(reason(form)));
        changed(overlay, current.key());
        return store.threshold(thresholdId).orElseThrow();
    }

    @Transactional
    public Threshold add(long overlayId, ThresholdForm form) {
        Overlay overlay = editable(overlayId);
        CriteriaSet set = catalog.set(overlay.setId());
        Indicator indicator = set.indicator(form.indicator())
                .filter(Indicator::measured)
                .orElseThrow(() -> new BadInputException(
                        "indicator", "catalog.error.indicatorUnknown", form.indicator(), set.code()));
        String key = form.key() == null || form.key().isBlank()
                ? Threshold.ANY_KEY
                : form.key().trim();
        if (form.year() != null && !set.covers(form.year())) {
            throw new BadInputException(
                    "year",
                    "catalog.error.thresholdYear",
                    String.valueOf(form.year()),
                    String.valueOf(set.periodFrom()),
                    String.valueOf(set.periodTo()));
        }
        ThresholdContent content = content(overlay, indicator, key, form.year(), form);
        boolean exists = catalog.overlayThresholds(overlay).stream()
                .anyMatch(t -> t.indicatorId() == indicator.id()
                        && t.key().equals(key)
                        && Objects.equals(t.year(), form.year()));
        if (exists) {
            throw new BadInputException(
                    "key",
                    "catalog.error.thresholdDuplicate",
                    indicator.code(),
                    key,
                    form.year() == null ? "*" : String.valueOf(form.year()));
        }
        long id = writer.insertThreshold(indicator.id(), overlayId, content, scope.username());
        audit.record(Change.created(ENTITY, id, overlay.provinceUnitId())
                .field("indicator", null, indicator.code())
                .field("key", null, key)
                .field("value", null, plain(content.value()))
                .field("source", null, content.source().document())
                .reason(reason(form)));
        changed(overlay, key);
        return store.threshold(id).orElseThrow();
    }

    /** Removes a province's threshold: the national one (if any) applies again. */
    @Transactional
    public void remove(long thresholdId, Integer version, String reason) {
        Threshold current = store.threshold(thresholdId)
                .orElseThrow(() -> new NotFoundException("id", "catalog.error.thresholdNotFound", thresholdId));
        if (current.overlayId() == null) {
            throw new BadInputException("id", "catalog.error.nationalThreshold");
        }
        Overlay overlay = editable(current.overlayId());
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("reason", "catalog.error.reasonRequired");
        }
        InputText.check("reason", reason, TextKind.REASON);
        if (version == null) {
            throw new BadInputException("version", "error.version.required");
        }
        if (version != current.version() || !writer.deleteThreshold(thresholdId, version)) {
            throw stale(thresholdId, version, current.version());
        }
        audit.record(Change.of("DELETE", ENTITY, thresholdId, overlay.provinceUnitId())
                .field("value", plain(current.value()), null)
                .reason(reason.trim()));
        changed(overlay, current.key());
    }

    public List<AuditEntry> history(long thresholdId) {
        return audit.history(ENTITY, thresholdId);
    }

    /** What happened to an overlay: its loads (with the thresholds they changed) and each threshold edited on screen. */
    public List<AuditEntry> overlayHistory(Overlay overlay) {
        List<Long> thresholds =
                catalog.overlayThresholds(overlay).stream().map(Threshold::id).toList();
        return Stream.concat(
                        audit.history(OverlayImport.ENTITY, overlay.id()).stream(),
                        audit.history(ENTITY, thresholds).stream())
                .sorted(Comparator.comparingLong(AuditEntry::id))
                .toList();
    }

    /** The overlay, if the caller may author it: an administrator, or an officer of that province. */
    Overlay editable(long overlayId) {
        Overlay overlay = catalog.overlay(overlayId);
        boolean allowed = Permissions.mayEditProvincialThresholds(scope.actor())
                && scope.get().canWrite(overlay.provinceUnitId());
        if (!allowed) {
            throw new OutOfScopeException("catalog.error.overlayNotAllowed", overlay.provinceName());
        }
        return overlay;
    }

    /** The decision of the overlay as the citation of its thresholds. */
    static Citation decision(Overlay overlay) {
        return new Citation(overlay.decision(), null, overlay.decisionDate(), null);
    }

    private void changed(Overlay overlay, String key) {
        writer.contentChangedByHand("criteria_overlay", overlay.id());
        events.publishEvent(new CatalogChanged(overlay.setId(), overlay.provinceUnitId(), Set.of(key)));
    }

    private Indicator indicatorOf(Overlay overlay, long indicatorId) {
        return catalog.set(overlay.setId())
                .indicators()
                .filter(i -> i.id() == indicatorId)
                .findFirst()
                .orElseThrow();
    }

    private static ThresholdContent content(
            Overlay overlay, Indicator indicator, String key, Integer year, ThresholdForm form) {
        if (form.value() == null || form.value().isBlank()) {
            throw new BadInputException("value", "catalog.error.thresholdValueRequired", indicator.code());
        }
        BigDecimal value = VietnameseNumber.parse(form.value())
                .orElseThrow(() -> new BadInputException(List.of(indicator
                        .numbers()
                        .overlong("value", indicator.code(), form.value())
                        .orElseGet(() ->
                                new FieldProblem("value", "catalog.error.number", SetFileCheck.shown(form.value()))))));
        IndicatorRules.threshold("value", indicator, value).ifPresent(p -> {
            throw new BadInputException(List.of(p));
        });
        IndicatorRules.link("sourceUrl", form.sourceUrl()).ifPresent(p -> {
            throw new BadInputException(List.of(p));
        });
        if (form.reason() == null || form.reason().isBlank()) {
            throw new BadInputException("reason", "catalog.error.reasonRequired");
        }
        InputText.check("reason", form.reason(), TextKind.REASON);
        Citation typed = new Citation(
                form.source(),
                form.sourceArticle(),
                FormDates.parse("sourceDate", form.sourceDate()),
                form.sourceUrl());
        List<FieldProblem> texts = IndicatorTexts.citation("source", typed);
        if (!texts.isEmpty()) {
            throw new BadInputException(texts);
        }
        Citation source = typed.document() != null
                ? typed
                : new Citation(
                        overlay.decision(),
                        typed.article(),
                        typed.date() != null ? typed.date() : overlay.decisionDate(),
                        typed.url());
        return new ThresholdContent(key, year, value, source, source.complete());
    }

    private ConcurrentEditException stale(long thresholdId, Integer version, int current) {
        return audit.staleEdit(ENTITY, thresholdId, version, current);
    }

    private static String reason(ThresholdForm form) {
        return form.reason().trim();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
