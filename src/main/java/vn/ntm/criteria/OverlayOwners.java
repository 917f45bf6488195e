package vn.ntm.criteria;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.CatalogFile.OwnerFile;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyType;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;
import vn.ntm.web.FormDates;

/**
 * Which body verifies each criterion in a province, as the province decided (its plan or decision assigning the
 * criteria, e.g. Kế hoạch 454/KH-UBND): set per criterion on the overlay's screen or in its file. Without an
 * assignment the criterion's suggested owner applies ({@link OwnerPolicy}). Versioned and audited on the overlay.
 */
@Service
class OverlayOwners {

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final ThresholdEditor editor;
    private final BodyDirectory bodies;
    private final CurrentScope scope;
    private final AuditLog audit;

    OverlayOwners(
            JdbcClient jdbc,
            Catalog catalog,
            ThresholdEditor editor,
            BodyDirectory bodies,
            CurrentScope scope,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.editor = editor;
        this.bodies = bodies;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * An assignment as typed: the body type (empty: back to the suggestion), the province's document, the version
     * of the assignment read (null when there was none) and the reason.
     */
    public record OwnerForm(
            String bodyType,
            String source,
            String sourceArticle,
            String sourceDate,
            String sourceUrl,
            Integer version,
            String reason) {}

    /** The body types that may own a criterion: a province's departments, a district's divisions, a commune's. */
    public List<BodyType> choices() {
        return bodies.types(null);
    }

    @Transactional
    public void assign(long overlayId, int criterionNumber, OwnerForm form) {
        Overlay overlay = editor.editable(overlayId);
        CriteriaSet set = catalog.set(overlay.setId());
        Criterion criterion = set.criterion(criterionNumber)
                .orElseThrow(() -> new BadInputException(
                        "criterion", "authoring.error.criterionUnknown", criterionNumber, set.code()));
        if (form.reason() == null || form.reason().isBlank()) {
            throw new BadInputException("reason", "catalog.error.reasonRequired");
        }
        InputText.check("reason", form.reason(), TextKind.REASON);
        var current = catalog.owners(overlay).stream()
                .filter(a -> a.criterionId() == criterion.id())
                .findFirst();
        Integer seen = current.map(OwnerAssignment::version).orElse(null);
        if (!Objects.equals(seen, form.version())) {
            throw audit.staleEdit(
                    OverlayImport.ENTITY,
                    overlayId,
                    form.version() == null ? "—" : form.version(),
                    seen == null ? "—" : seen);
        }
        String type = form.bodyType() == null || form.bodyType().isBlank()
                ? null
                : form.bodyType().trim();
        Citation source = new Citation(
                form.source(),
                form.sourceArticle(),
                FormDates.parse("sourceDate", form.sourceDate()),
                form.sourceUrl());
        if (type != null) {
            List<FieldProblem> problems = new ArrayList<>();
            checkType("bodyType", type, problems);
            if (source.document() == null) {
                problems.add(new FieldProblem("source", "authoring.error.ownerSourceRequired"));
            }
            IndicatorRules.link("sourceUrl", source.url()).ifPresent(problems::add);
            problems.addAll(IndicatorTexts.citation("source", source));
            if (!problems.isEmpty()) {
                throw new BadInputException(problems);
            }
        }
        int changed = current.isEmpty()
                ? 0
                : jdbc.sql("""
                        delete from overlay_owner where overlay_id = ? and criterion_id = ? and version = ?""").params(overlayId, criterion.id(), seen).update();
        if (current.isPresent() && changed == 0) {
            throw new ConcurrentEditException("error.version.stale", seen, "?", "?", null);
        }
        if (type != null) {
            insert(
                    overlayId,
                    criterion.id(),
                    type,
                    source,
                    current.map(a -> a.version() + 1).orElse(0));
        }
        jdbc.sql("update criteria_overlay set content_hash = '' where id = ?")
                .param(overlayId)
                .update();
        audit.record(Change.updated(OverlayImport.ENTITY, overlayId, overlay.provinceUnitId())
                .field(
                        "owner " + criterionNumber,
                        current.map(OwnerAssignment::bodyType).orElse(null),
                        type)
                .field(
                        "ownerSource " + criterionNumber,
                        current.map(a -> a.provenance().source().document()).orElse(null),
                        type == null ? null : source.document())
                .reason(form.reason().trim()));
    }

    /** Problems of an overlay file's owner list: known criteria (once each) and known body types. */
    List<FieldProblem> check(CriteriaSet set, List<OwnerFile> owners) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int o = 0; o < owners.size(); o++) {
            OwnerFile owner = owners.get(o);
            String at = "owners[" + o + "]";
            if (owner.criterion() == null
                    || set.criterion(owner.criterion()).isEmpty()
                    || !seen.add(owner.criterion())) {
                problems.add(new FieldProblem(
                        at + ".criterion", "authoring.error.criterionUnknown", owner.criterion(), set.code()));
            }
            checkType(
                    at + ".body_type",
                    owner.bodyType() == null ? "" : owner.bodyType().trim(),
                    problems);
            IndicatorRules.link(at + ".source_url", owner.sourceUrl()).ifPresent(problems::add);
            problems.addAll(IndicatorTexts.citation(at + ".source_document", owner.citation()));
        }
        return problems;
    }

    /** An overlay file's owners replace the overlay's (checked before). */
    void replace(long overlayId, CriteriaSet set, long provinceUnitId, List<OwnerFile> owners) {
        Map<Integer, String> before = currentTypes(overlayId);
        jdbc.sql("delete from overlay_owner where overlay_id = ?")
                .param(overlayId)
                .update();
        for (OwnerFile o : owners) {
            insert(
                    overlayId,
                    set.criterion(o.criterion()).orElseThrow().id(),
                    o.bodyType().trim(),
                    o.citation(),
                    0);
        }
        Map<Integer, String> after = currentTypes(overlayId);
        if (!before.equals(after)) {
            Change change = Change.updated(OverlayImport.ENTITY, overlayId, provinceUnitId);
            Set<Integer> numbers = new TreeSet<>(before.keySet());
            numbers.addAll(after.keySet());
            numbers.forEach(n -> change.field("owner " + n, before.get(n), after.get(n)));
            audit.record(change);
        }
    }

    private Map<Integer, String> currentTypes(long overlayId) {
        return jdbc.sql("""
                        select c.number, o.body_type from overlay_owner o join criterion c on c.id = o.criterion_id
                        where o.overlay_id = ?""").param(overlayId).query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void insert(long overlayId, long criterionId, String type, Citation source, int version) {
        jdbc.sql("""
                        insert into overlay_owner (overlay_id, criterion_id, body_type, source_document, source_article,
                            source_date, source_url, entered_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        overlayId,
                        criterionId,
                        type,
                        source.document(),
                        source.article(),
                        source.date() == null ? null : Date.valueOf(source.date()),
                        source.url(),
                        scope.username(),
                        version)
                .update();
    }

    private void checkType(String field, String type, List<FieldProblem> problems) {
        if (choices().stream().noneMatch(t -> t.code().equals(type))) {
            problems.add(new FieldProblem(field, "authoring.error.bodyTypeUnknown", type));
        }
    }
}
