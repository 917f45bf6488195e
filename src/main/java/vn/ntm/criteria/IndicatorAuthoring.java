package vn.ntm.criteria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.AuthoringPlan.FieldChange;
import vn.ntm.criteria.AuthoringPlan.Outcome;
import vn.ntm.criteria.AuthoringPlan.Row;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.InputText;
import vn.ntm.text.Messages;
import vn.ntm.text.TextKind;

/**
 * An administrator authors a set's indicators: adds, changes and removes them with their wording, kind, unit,
 * range, national thresholds per region or group (and year) and the source of each, on screen one at a time or
 * many at once from a sheet (planned first, then applied all or nothing or valid rows only). What a person enters
 * is marked with who entered it and from which document, and the product's own files never overwrite it. A change
 * made over someone else's is refused; every change is audited and re-judged.
 */
@Service
public class IndicatorAuthoring {

    static final String ENTITY = "indicator";

    private final Catalog catalog;
    private final CatalogStore store;
    private final CatalogWriter writer;
    private final SetImport sets;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    IndicatorAuthoring(
            Catalog catalog,
            CatalogStore store,
            CatalogWriter writer,
            SetImport sets,
            CurrentScope scope,
            AuditLog audit,
            ApplicationEventPublisher events,
            Messages messages) {
        this.catalog = catalog;
        this.store = store;
        this.writer = writer;
        this.sets = sets;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
    }

    /** What applying these drafts would do (drafts are matched to indicators by code). Writes nothing. */
    @Transactional(readOnly = true)
    public AuthoringPlan plan(String setCode, List<IndicatorDraft> drafts) {
        requireAdministrator();
        CriteriaSet set = catalog.set(setCode);
        Planner planner = new Planner(set);
        List<Row> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            IndicatorDraft d = drafts.get(i);
            Indicator existing =
                    d.code() == null ? null : set.indicator(d.code()).orElse(null);
            Row row = planner.row(i, d, existing);
            if (d.code() != null && !codes.add(d.code().trim())) {
                row = refused(
                        row,
                        new FieldProblem(
                                "code",
                                "catalog.error.indicatorDuplicate",
                                d.code().trim()));
            }
            rows.add(row);
        }
        return new AuthoringPlan(rows);
    }

    /** What a sheet's apply wrote. */
    public record Applied(int added, int changed, int unchanged, int skipped) {}

    /**
     * Applies drafts as planned: all or nothing (any refused row writes nothing), or only the rows without
     * problems. {@code versions}: the version of each changed indicator (by code) as the plan read it; one changed
     * since is refused, naming who changed it.
     */
    @Transactional
    public Applied apply(
            String setCode,
            List<IndicatorDraft> drafts,
            boolean validOnly,
            Map<String, Integer> versions,
            String reason) {
        InputText.check("reason", reason, TextKind.REASON);
        AuthoringPlan plan = plan(setCode, drafts);
        long refused = plan.count(Outcome.REFUSED);
        if (refused > 0 && !validOnly) {
            throw new BadInputException("mode", "authoring.error.planHasErrors", refused);
        }
        CriteriaSet set = catalog.set(setCode);
        for (Row row : plan.rows()) {
            Integer seen = versions.get(row.code());
            // a row that was new when planned, or changed since: someone else wrote it in between
            if (row.outcome() == Outcome.CHANGED && (seen == null || !seen.equals(row.version()))) {
                throw stale(row.indicatorId(), seen, row.version());
            }
        }
        Planner planner = new Planner(set);
        for (Row row : plan.rows()) {
            if (row.outcome() == Outcome.ADDED || row.outcome() == Outcome.CHANGED) {
                IndicatorDraft d = drafts.get(row.index());
                planner.write(d, set.indicator(d.code()).orElse(null), row, reason);
            }
        }
        if (plan.count(Outcome.ADDED) + plan.count(Outcome.CHANGED) > 0) {
            changed(set);
        }
        return new Applied(
                (int) plan.count(Outcome.ADDED),
                (int) plan.count(Outcome.CHANGED),
                (int) plan.count(Outcome.UNCHANGED),
                (int) refused);
    }

    /** Adds one indicator typed on screen. */
    @Transactional
    public Indicator add(String setCode, IndicatorDraft draft, String reason) {
        requireAdministrator();
        InputText.check("reason", reason, TextKind.REASON);
        CriteriaSet set = catalog.set(setCode);
        Row row = new Planner(set).row(0, draft, null);
        if (row.outcome() == Outcome.REFUSED) {
            throw new BadInputException(row.problems());
        }
        long id = new Planner(set).write(draft, null, row, reason);
        changed(set);
        return indicator(id);
    }

    /** Changes one indicator (its code too) at the version the administrator read. */
    @Transactional
    public Indicator update(long indicatorId, IndicatorDraft draft, Integer version, String reason) {
        requireAdministrator();
        InputText.check("reason", reason, TextKind.REASON);
        Indicator current = indicator(indicatorId);
        CriteriaSet set = catalog.set(store.setOf(indicatorId));
        requireVersion(current, version);
        Row row = new Planner(set).row(0, draft, current);
        if (row.outcome() == Outcome.REFUSED) {
            throw new BadInputException(row.problems());
        }
        if (row.outcome() == Outcome.CHANGED) {
            new Planner(set).write(draft, current, row, reason);
            changed(set);
        }
        return indicator(indicatorId);
    }

    /**
     * Removes an indicator a person entered, while no value or change request uses it. What the product ships is
     * corrected, not removed: its next file would bring it back.
     */
    @Transactional
    public void remove(long indicatorId, Integer version, String reason) {
        requireAdministrator();
        InputText.check("reason", reason, TextKind.REASON);
        Indicator current = indicator(indicatorId);
        CriteriaSet set = catalog.set(store.setOf(indicatorId));
        requireVersion(current, version);
        if (current.provenance().shipped()) {
            throw new BadInputException("id", "authoring.error.shippedRemove", current.code());
        }
        if (writer.inUse(indicatorId)) {
            throw new BadInputException("id", "authoring.error.indicatorInUse", current.code());
        }
        if (!writer.deleteIndicator(indicatorId, version)) {
            throw stale(indicatorId, version, current.version());
        }
        audit.record(Change.of("DELETE", ENTITY, indicatorId, null)
                .field("code", current.code(), null)
                .field("textVi", current.textVi(), null)
                .reason(blank(reason)));
        changed(set);
    }

    public List<AuditEntry> history(long indicatorId) {
        return audit.history(ENTITY, indicatorId);
    }

    private Indicator indicator(long id) {
        long setId = store.setOf(id);
        catalog.forget();
        return catalog.set(setId)
                .indicators()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("id", "authoring.error.indicatorNotFound", id));
    }

    private void changed(CriteriaSet set) {
        writer.resort(set.id());
        writer.contentChangedByHand("criteria_set", set.id());
        events.publishEvent(new CatalogChanged(set.id(), null));
    }

    private void requireAdministrator() {
        if (!Permissions.mayEditNationalCatalog(scope.actor())) {
            throw new OutOfScopeException("catalog.error.adminOnly");
        }
    }

    private void requireVersion(Indicator current, Integer version) {
        if (version == null) {
            throw new BadInputException("version", "error.version.required");
        }
        if (version != current.version()) {
            throw stale(current.id(), version, current.version());
        }
    }

    private ConcurrentEditException stale(Long indicatorId, Integer seen, Integer current) {
        Object asked = seen == null ? "—" : seen;
        Object now = current == null ? "—" : current;
        return indicatorId == null
                ? new ConcurrentEditException("error.version.stale", asked, now, "?", null)
                : audit.staleEdit(ENTITY, indicatorId, asked, now);
    }

    private static Row refused(Row row, FieldProblem problem) {
        List<FieldProblem> problems = new ArrayList<>(row.problems());
        problems.add(problem);
        return new Row(row.index(), row.code(), Outcome.REFUSED, List.of(), problems, row.indicatorId(), row.version());
    }

    private static String blank(String reason) {
        return reason == null || reason.isBlank() ? null : reason.trim();
    }

    /** Plans and writes drafts against one set as read once. */
    private final class Planner {

        private final CriteriaSet set;
        private final Map<Long, Map<String, Threshold>> thresholds;

        Planner(CriteriaSet set) {
            this.set = set;
            this.thresholds = new HashMap<>();
            catalog.nationalThresholds(set.id())
                    .forEach(t -> thresholds
                            .computeIfAbsent(t.indicatorId(), k -> new HashMap<>())
                            .put(ThresholdContent.slot(t), t));
        }

        DraftCheck.Checked check(IndicatorDraft d, Indicator existing) {
            return DraftCheck.check(
                    set,
                    sets.keyValues(),
                    d,
                    existing,
                    existing == null ? Map.of() : thresholds.getOrDefault(existing.id(), Map.of()));
        }

        Row row(int index, IndicatorDraft d, Indicator existing) {
            DraftCheck.Checked checked = check(d, existing);
            String code = d.code() == null ? null : d.code().trim();
            Long id = existing == null ? null : existing.id();
            Integer version = existing == null ? null : existing.version();
            if (!checked.ok()) {
                return new Row(index, code, Outcome.REFUSED, List.of(), checked.problems(), id, version);
            }
            List<FieldProblem> problems = usage(existing, checked);
            if (!problems.isEmpty()) {
                return new Row(index, code, Outcome.REFUSED, List.of(), problems, id, version);
            }
            List<FieldChange> changes = IndicatorDiff.of(
                    existing,
                    existing == null ? Map.of() : thresholds.getOrDefault(existing.id(), Map.of()),
                    checked.content(),
                    d.criterion(),
                    checked.thresholds(),
                    kind -> messages.get("authoring.kind." + kind.name()));
            Outcome outcome =
                    existing == null ? Outcome.ADDED : changes.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED;
            return new Row(index, code, outcome, changes, List.of(), id, version);
        }

        /** What values and overlays already rest on limits a change: no new kind while values use it. */
        private List<FieldProblem> usage(Indicator existing, DraftCheck.Checked checked) {
            if (existing == null || existing.kind() == checked.content().kind()) {
                return List.of();
            }
            if (writer.inUse(existing.id())) {
                return List.of(new FieldProblem("kind", "authoring.error.kindInUse", existing.code()));
            }
            boolean thresholdsLeft = store.thresholdCount(existing.id())
                    > checked.thresholds().stream()
                            .filter(s -> s.content() == null
                                    && thresholds
                                            .getOrDefault(existing.id(), Map.of())
                                            .containsKey(s.slot()))
                            .count();
            if (checked.content().kind() == IndicatorKind.QUALITATIVE && thresholdsLeft) {
                return List.of(new FieldProblem("kind", "authoring.error.qualitativeHasThresholds", existing.code()));
            }
            return List.of();
        }

        long write(IndicatorDraft d, Indicator existing, Row row, String reason) {
            DraftCheck.Checked checked = check(d, existing);
            String actor = scope.username();
            long id;
            if (existing == null) {
                id = writer.insertIndicator(set.id(), checked.content(), 0, actor);
                audit.record(describe(Change.created(ENTITY, id, null), row.changes())
                        .reason(blank(reason)));
            } else {
                id = existing.id();
                boolean written = checked.content().sameAs(existing)
                        ? writer.bumpIndicator(id, existing.version())
                        : writer.updateIndicator(id, existing.version(), checked.content(), actor);
                if (!written) {
                    throw stale(id, existing.version(), null);
                }
                audit.record(describe(Change.updated(ENTITY, id, null), row.changes())
                        .reason(blank(reason)));
            }
            Map<String, Threshold> before =
                    existing == null ? Map.of() : thresholds.getOrDefault(existing.id(), Map.of());
            for (DraftCheck.ThresholdSlot slot : checked.thresholds()) {
                Threshold current = before.get(slot.slot());
                if (slot.content() == null) {
                    if (current != null) {
                        writer.deleteThreshold(current.id(), null);
                    }
                } else if (current == null) {
                    writer.insertThreshold(id, null, slot.content(), actor);
                } else if (!slot.content().sameAs(current)) {
                    writer.updateThreshold(current.id(), null, slot.content(), actor);
                }
            }
            return id;
        }
    }

    private static Change describe(Change change, List<FieldChange> changes) {
        changes.forEach(c -> change.field(
                c.field(), c.before().isEmpty() ? null : c.before(), c.after().isEmpty() ? null : c.after()));
        return change;
    }

    /** By code, the indicators of a set with their version: what a plan of a sheet read. */
    public Map<String, Integer> versions(String setCode) {
        return catalog.set(setCode).indicators().collect(Collectors.toMap(Indicator::code, Indicator::version));
    }
}
