package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.AuthoringPlan.FieldChange;
import vn.ntm.criteria.AuthoringPlan.Outcome;
import vn.ntm.criteria.AuthoringPlan.Row;
import vn.ntm.criteria.IndicatorDraft.ThresholdDraft;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.VietnameseNumber;

/**
 * A province's thresholds authored many at once (a sheet row per indicator, a value per region or group): planned
 * first with every change and problem, then applied all or nothing or valid rows only. The same rules as one
 * threshold on screen ({@link ThresholdEditor}): only an administrator or an officer of that province, a measured
 * indicator of the set, a key and year of the set, a value within the indicator's range; each threshold's source is
 * the province's decision number and date.
 */
@Service
public class OverlayThresholds {

    private final Catalog catalog;
    private final ThresholdEditor editor;
    private final CatalogWriter writer;
    private final SetImport sets;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    OverlayThresholds(
            Catalog catalog,
            ThresholdEditor editor,
            CatalogWriter writer,
            SetImport sets,
            CurrentScope scope,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.editor = editor;
        this.writer = writer;
        this.sets = sets;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
    }

    /** One indicator's row: its code and the slots it speaks of (an empty value removes the province's one). */
    public record RowDraft(String code, List<ThresholdDraft> thresholds) {}

    @Transactional(readOnly = true)
    public AuthoringPlan plan(long overlayId, List<RowDraft> rows) {
        Overlay overlay = editor.editable(overlayId);
        CriteriaSet set = catalog.set(overlay.setId());
        Map<Long, Map<String, Threshold>> stored = stored(overlay);
        List<Row> planned = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int n = 0; n < rows.size(); n++) {
            planned.add(row(n, rows.get(n), set, overlay, stored, codes));
        }
        return new AuthoringPlan(planned);
    }

    /** Per indicator code, a digest of the province's thresholds on it: what a plan read. */
    @Transactional(readOnly = true)
    public Map<String, Integer> versions(long overlayId) {
        Overlay overlay = catalog.overlay(overlayId);
        CriteriaSet set = catalog.set(overlay.setId());
        Map<Long, Map<String, Threshold>> stored = stored(overlay);
        return set.indicators()
                .filter(Indicator::measured)
                .collect(Collectors.toMap(Indicator::code, i -> digest(stored.getOrDefault(i.id(), Map.of()))));
    }

    @Transactional
    public IndicatorAuthoring.Applied apply(
            long overlayId, List<RowDraft> rows, boolean validOnly, Map<String, Integer> versions, String reason) {
        AuthoringPlan plan = plan(overlayId, rows);
        long refused = plan.count(Outcome.REFUSED);
        if (refused > 0 && !validOnly) {
            throw new BadInputException("mode", "authoring.error.planHasErrors", refused);
        }
        Overlay overlay = catalog.overlay(overlayId);
        CriteriaSet set = catalog.set(overlay.setId());
        Map<String, Integer> now = versions(overlayId);
        for (Row row : plan.rows()) {
            if (row.outcome() == Outcome.CHANGED && !Objects.equals(now.get(row.code()), versions.get(row.code()))) {
                throw audit.staleEdit(OverlayImport.ENTITY, overlayId, "—", "—");
            }
        }
        Map<Long, Map<String, Threshold>> stored = stored(overlay);
        Set<String> keys = new HashSet<>();
        for (Row row : plan.rows()) {
            if (row.outcome() != Outcome.CHANGED) {
                continue;
            }
            Indicator indicator = set.indicator(row.code()).orElseThrow();
            for (ThresholdDraft t : rows.get(row.index()).thresholds()) {
                keys.add(t.key());
                write(
                        overlay,
                        indicator,
                        stored.getOrDefault(indicator.id(), Map.of())
                                .get(t.key() + "|" + (t.year() == null ? "" : t.year())),
                        t,
                        reason);
            }
        }
        if (!keys.isEmpty()) {
            writer.contentChangedByHand("criteria_overlay", overlayId);
            events.publishEvent(new CatalogChanged(overlay.setId(), overlay.provinceUnitId(), keys));
        }
        return new IndicatorAuthoring.Applied(
                0, (int) plan.count(Outcome.CHANGED), (int) plan.count(Outcome.UNCHANGED), (int) refused);
    }

    private Row row(
            int index,
            RowDraft draft,
            CriteriaSet set,
            Overlay overlay,
            Map<Long, Map<String, Threshold>> stored,
            Set<String> codes) {
        String code = draft.code() == null ? null : draft.code().trim();
        var indicator = set.indicator(code).filter(Indicator::measured);
        if (indicator.isEmpty()) {
            return refused(
                    index,
                    code,
                    List.of(new FieldProblem(
                            "code", "catalog.error.indicatorUnknown", code == null ? "" : code, set.code())));
        }
        if (!codes.add(code)) {
            return refused(index, code, List.of(new FieldProblem("code", "catalog.error.indicatorDuplicate", code)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<FieldChange> changes = new ArrayList<>();
        Set<String> allowed = sets.keyValues().of(set.keying());
        Map<String, Threshold> current = stored.getOrDefault(indicator.get().id(), Map.of());
        for (ThresholdDraft t : draft.thresholds()) {
            String field = t.field();
            if (!Threshold.ANY_KEY.equals(t.key()) && !allowed.contains(t.key())) {
                problems.add(new FieldProblem(
                        field, "catalog.error.thresholdKey", t.key(), String.join(", ", new TreeSet<>(allowed))));
                continue;
            }
            if (t.year() != null && !set.covers(t.year())) {
                problems.add(new FieldProblem(
                        field,
                        "catalog.error.thresholdYear",
                        String.valueOf(t.year()),
                        String.valueOf(set.periodFrom()),
                        String.valueOf(set.periodTo())));
                continue;
            }
            Threshold before = current.get(t.key() + "|" + (t.year() == null ? "" : t.year()));
            BigDecimal value = null;
            if (t.value() != null && !t.value().isBlank()) {
                var parsed = VietnameseNumber.parse(t.value());
                if (parsed.isEmpty()) {
                    problems.add(indicator
                            .get()
                            .numbers()
                            .overlong(field, code, t.value())
                            .orElseGet(() ->
                                    new FieldProblem(field, "catalog.error.number", SetFileCheck.shown(t.value()))));
                    continue;
                }
                value = parsed.get();
                IndicatorRules.threshold(field, indicator.get(), value).ifPresent(problems::add);
            }
            String old = before == null ? null : IndicatorDiff.number(before.value());
            String now = value == null ? null : IndicatorDiff.number(value);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old == null ? "" : old, now == null ? "" : now));
            }
        }
        if (!problems.isEmpty()) {
            return refused(index, code, problems);
        }
        return new Row(
                index,
                code,
                changes.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED,
                changes,
                List.of(),
                indicator.get().id(),
                null);
    }

    private void write(Overlay overlay, Indicator indicator, Threshold before, ThresholdDraft t, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (t.value() == null || t.value().isBlank()) {
            if (before != null) {
                writer.deleteThreshold(before.id(), null);
                audit.record(Change.of("DELETE", ThresholdEditor.ENTITY, before.id(), overlay.provinceUnitId())
                        .field("value", IndicatorDiff.number(before.value()), null)
                        .reason(why));
            }
            return;
        }
        BigDecimal value = VietnameseNumber.parse(t.value()).orElseThrow();
        Citation source = ThresholdEditor.decision(overlay);
        ThresholdContent content = new ThresholdContent(t.key(), t.year(), value, source, source.complete());
        if (before == null) {
            long id = writer.insertThreshold(indicator.id(), overlay.id(), content, scope.username());
            audit.record(Change.created(ThresholdEditor.ENTITY, id, overlay.provinceUnitId())
                    .field("indicator", null, indicator.code())
                    .field("key", null, t.key())
                    .field("value", null, IndicatorDiff.number(value))
                    .field("source", null, source.document())
                    .reason(why));
        } else if (before.value().compareTo(value) != 0) {
            writer.updateThreshold(before.id(), null, content, scope.username());
            audit.record(Change.updated(ThresholdEditor.ENTITY, before.id(), overlay.provinceUnitId())
                    .field("value", IndicatorDiff.number(before.value()), IndicatorDiff.number(value))
                    .field("source", before.source(), source.document())
                    .reason(why));
        }
    }

    private Map<Long, Map<String, Threshold>> stored(Overlay overlay) {
        Map<Long, Map<String, Threshold>> stored = new HashMap<>();
        catalog.overlayThresholds(overlay)
                .forEach(t -> stored.computeIfAbsent(t.indicatorId(), k -> new HashMap<>())
                        .put(ThresholdContent.slot(t), t));
        return stored;
    }

    private static int digest(Map<String, Threshold> thresholds) {
        return thresholds.values().stream()
                .map(t -> t.id() + ":" + t.version())
                .sorted()
                .toList()
                .hashCode();
    }

    private static Row refused(int index, String code, List<FieldProblem> problems) {
        return new Row(index, code, Outcome.REFUSED, List.of(), problems, null, null);
    }
}
