package vn.ntm.exchange;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.ntm.criteria.AuthoringPlan;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.IndicatorAuthoring;
import vn.ntm.criteria.IndicatorDraft;
import vn.ntm.criteria.Overlay;
import vn.ntm.criteria.OverlayThresholds;
import vn.ntm.criteria.Threshold;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;

/**
 * A filled catalog sheet, previewed then applied through {@link SheetUploads} like a values sheet: the file waits
 * under a token, the criteria module plans every row without writing (additions, changes old → new, errors), and
 * the preview names each by "dòng N, cột X". Applying reads the kept file again and writes all or nothing or only
 * the valid rows; a row someone changed since the preview refuses the apply. A set's sheet is an administrator's; an
 * overlay's belongs to an administrator or an officer of that province.
 */
@Service
class CatalogUploads {

    private final Catalog catalog;
    private final IndicatorAuthoring indicators;
    private final OverlayThresholds overlays;
    private final SheetUploads uploads;
    private final CatalogTemplates templates;
    private final CurrentScope scope;
    private final Messages messages;
    private final Clock clock;

    CatalogUploads(
            Catalog catalog,
            IndicatorAuthoring indicators,
            OverlayThresholds overlays,
            SheetUploads uploads,
            CatalogTemplates templates,
            CurrentScope scope,
            Messages messages,
            Clock clock) {
        this.templates = templates;
        this.catalog = catalog;
        this.indicators = indicators;
        this.overlays = overlays;
        this.uploads = uploads;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    CatalogPreview previewSet(String setCode, String fileName, InputStream content) {
        if (!Permissions.mayEditNationalCatalog(scope.actor())) {
            throw new OutOfScopeException("catalog.error.adminOnly");
        }
        CriteriaSet set = catalog.set(setCode);
        return uploads.receive(content, (token, file) -> {
            var converted = setDrafts(file, set);
            Map<String, Integer> versions = indicators.versions(set.code());
            AuthoringPlan plan = indicators.plan(set.code(), converted.drafts());
            return preview(token, CatalogSheet.Kind.SET, set.code(), null, fileName, plan, converted, versions);
        });
    }

    CatalogPreview previewOverlay(long overlayId, String fileName, InputStream content) {
        Overlay overlay = catalog.overlay(overlayId);
        return uploads.receive(content, (token, file) -> {
            var converted = overlayDrafts(file, overlay);
            AuthoringPlan plan = overlays.plan(overlayId, converted.drafts());
            return preview(
                    token,
                    CatalogSheet.Kind.OVERLAY,
                    overlay.setCode(),
                    overlayId,
                    fileName,
                    plan,
                    converted,
                    overlays.versions(overlayId));
        });
    }

    /** The caller's own preview. */
    CatalogPreview preview(String token) {
        CatalogPreview preview = uploads.own(token, CatalogPreview.class);
        if (preview.kind() == null) {
            throw new NotFoundException("token", "exchange.error.previewNotFound");
        }
        return preview;
    }

    CatalogPreview apply(String token, ImportMode mode) {
        CatalogPreview preview = preview(token);
        ImportMode chosen = uploads.applicable(preview, mode, preview.refused(), "authoring.error.planHasErrors");
        String reason = messages.get(Messages.VIETNAMESE, "authoring.sheet.reason", preview.fileName());
        boolean validOnly = chosen == ImportMode.VALID_ROWS;
        IndicatorAuthoring.Applied applied;
        if (CatalogSheet.Kind.SET.name().equals(preview.kind())) {
            CriteriaSet set = catalog.set(preview.setCode());
            var converted = setDrafts(uploads.file(token), set);
            applied = indicators.apply(
                    set.code(), withoutSheetProblems(converted), validOnly, preview.versions(), reason);
        } else {
            var converted = overlayDrafts(uploads.file(token), catalog.overlay(preview.overlayId()));
            applied = overlays.apply(
                    preview.overlayId(), withoutSheetProblems(converted), validOnly, preview.versions(), reason);
        }
        CatalogPreview done = preview.withApplied(new CatalogPreview.Applied(
                chosen.name(),
                applied.added(),
                applied.changed(),
                applied.unchanged(),
                preview.refused(),
                Instant.now(clock)));
        uploads.applied(done);
        return done;
    }

    private CatalogDrafts.Converted<IndicatorDraft> setDrafts(Path file, CriteriaSet set) {
        var content = CatalogSheetReader.read(file, CatalogSheet.Kind.SET, set.code(), null);
        requireRows(content);
        Map<Long, String> codes = set.indicators().collect(Collectors.toMap(i -> i.id(), i -> i.code()));
        Map<String, Map<String, Threshold>> stored = new HashMap<>();
        catalog.nationalThresholds(set.id())
                .forEach(t -> stored.computeIfAbsent(codes.get(t.indicatorId()), k -> new HashMap<>())
                        .put(t.key() + "|" + (t.year() == null ? "" : t.year()), t));
        return CatalogDrafts.indicators(content, stored);
    }

    private CatalogDrafts.Converted<OverlayThresholds.RowDraft> overlayDrafts(Path file, Overlay overlay) {
        var content = CatalogSheetReader.read(file, CatalogSheet.Kind.OVERLAY, overlay.setCode(), overlay.id());
        requireRows(content);
        return CatalogDrafts.overlay(content);
    }

    private static void requireRows(CatalogSheetReader.Content content) {
        if (content.rows().isEmpty()) {
            throw new BadInputException("file", "authoring.sheet.noRows");
        }
    }

    /** The drafts the criteria module may write: rows the sheet itself got wrong are left out. */
    private static <T> List<T> withoutSheetProblems(CatalogDrafts.Converted<T> converted) {
        List<T> kept = new ArrayList<>();
        for (int n = 0; n < converted.drafts().size(); n++) {
            if (!converted.problems().containsKey(n)) {
                kept.add(converted.drafts().get(n));
            }
        }
        return kept;
    }

    private CatalogPreview preview(
            String token,
            CatalogSheet.Kind kind,
            String setCode,
            Long overlayId,
            String fileName,
            AuthoringPlan plan,
            CatalogDrafts.Converted<?> converted,
            Map<String, Integer> versions) {
        CatalogSheetReader.Content content = converted.content();
        CriteriaSet set = catalog.set(setCode);
        List<CatalogPreview.Line> lines = new ArrayList<>();
        List<CatalogPreview.Problem> errors = new ArrayList<>();
        int[] counts = new int[4];
        for (AuthoringPlan.Row row : plan.rows()) {
            int number = content.rows().get(row.index()).number();
            List<FieldProblem> problems = merged(converted.problems().get(row.index()), row.problems());
            if (!problems.isEmpty()) {
                counts[3]++;
                problems.forEach(p -> errors.add(new CatalogPreview.Problem(
                        ref(number, content.column(p.field())),
                        number,
                        row.code(),
                        messages.get(p.messageKey(), p.args()))));
                continue;
            }
            switch (row.outcome()) {
                case ADDED -> counts[0]++;
                case CHANGED -> counts[1]++;
                default -> counts[2]++;
            }
            for (AuthoringPlan.FieldChange c : row.changes()) {
                String column = content.column(c.field());
                lines.add(new CatalogPreview.Line(
                        ref(number, column),
                        number,
                        row.code(),
                        row.outcome().name(),
                        templates.label(set, c.field()),
                        c.before(),
                        c.after()));
            }
        }
        return new CatalogPreview(
                token,
                scope.username(),
                kind.name(),
                setCode,
                overlayId,
                fileName == null ? "" : fileName,
                Instant.now(clock),
                plan.rows().size(),
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                lines,
                errors,
                versions,
                null);
    }

    /** The sheet's own problems first; the criteria module's on the same field add nothing. */
    private static List<FieldProblem> merged(List<FieldProblem> sheet, List<FieldProblem> plan) {
        List<FieldProblem> all = new ArrayList<>(sheet == null ? List.of() : sheet);
        Set<String> fields = all.stream().map(FieldProblem::field).collect(Collectors.toSet());
        plan.stream().filter(p -> !fields.contains(p.field())).forEach(all::add);
        return all;
    }

    private String ref(int row, String column) {
        return column == null
                ? messages.get("authoring.sheet.rowRef", String.valueOf(row))
                : messages.get("exchange.ref", String.valueOf(row), column);
    }
}
