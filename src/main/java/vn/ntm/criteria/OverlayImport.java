package vn.ntm.criteria;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.CatalogFile.OverlayFile;
import vn.ntm.criteria.CatalogFile.ThresholdFile;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.InputText;
import vn.ntm.text.Messages;
import vn.ntm.text.TextKind;
import vn.ntm.text.VietnameseNumber;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * Loads a province's overlay file: its decision, validity and the thresholds it sets or overrides. The overlay
 * belongs to the province unit in force on {@code province_on} (default: the first day of validity). Loading the
 * same decision again replaces its thresholds as a new revision; a different decision whose validity overlaps an
 * existing one is refused. Only an administrator or an officer of that province may load it.
 */
@Service
public class OverlayImport {

    static final String ENTITY = "criteria_overlay";

    private final JdbcClient jdbc;
    private final CatalogStore store;
    private final CatalogWriter writer;
    private final OverlayOwners owners;
    private final SetImport sets;
    private final Units units;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    OverlayImport(
            JdbcClient jdbc,
            CatalogStore store,
            CatalogWriter writer,
            OverlayOwners owners,
            SetImport sets,
            Units units,
            CurrentScope scope,
            AuditLog audit,
            ApplicationEventPublisher events,
            Messages messages) {
        this.jdbc = jdbc;
        this.store = store;
        this.writer = writer;
        this.owners = owners;
        this.sets = sets;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
    }

    @Transactional
    public ImportOutcome importOverlay(String fileName, byte[] content) {
        OverlayFile file = CatalogJson.read(content, OverlayFile.class);
        if (!CatalogFile.OVERLAY_FORMAT.equals(file.format())) {
            throw new BadInputException("format", "catalog.error.format", file.format(), CatalogFile.OVERLAY_FORMAT);
        }
        CriteriaSet set = store.byCode(file.set() == null ? "" : file.set().trim())
                .orElseThrow(() -> new BadInputException("set", "catalog.error.setNotFound", file.set()));
        UnitView province = province(file);
        requireProvinceOfficer(province);
        check(file, set);
        String hash = CatalogJson.hash(CatalogJson.write(CatalogCanonical.overlay(file, set)));
        List<Overlay> overlapping = store.overlapping(set.id(), province.id(), file.validFrom(), file.validTo());
        var same = overlapping.stream()
                .filter(o -> o.decision().equals(file.decision().trim()))
                .findFirst();
        if (same.isPresent()
                && store.contentHash("criteria_overlay", same.get().id())
                        .orElse("")
                        .equals(hash)) {
            return outcome("UNCHANGED", same.get().id(), file, province, "catalog.import.overlayUnchanged");
        }
        overlapping.stream()
                .filter(o -> !o.decision().equals(file.decision().trim()))
                .findFirst()
                .ifPresent(o -> {
                    throw new ConflictException(
                            "valid_from",
                            "catalog.error.overlayOverlap",
                            o.decision(),
                            o.validFrom(),
                            o.validTo() == null ? "—" : o.validTo());
                });
        long id = same.isPresent() ? revise(same.get(), file, hash) : insert(set, province, file, hash);
        writeThresholds(id, set, file);
        owners.replace(id, set, province.id(), file.owners() == null ? List.of() : file.owners());
        events.publishEvent(new CatalogChanged(set.id(), province.id()));
        return outcome("APPLIED", id, file, province, "catalog.import.overlayApplied");
    }

    /** A new overlay typed on screen: the province's decision and its validity ({@code validTo} exclusive). */
    public record OverlayHeader(
            String set,
            Long provinceUnitId,
            String decision,
            LocalDate decisionDate,
            String title,
            LocalDate validFrom,
            LocalDate validTo) {}

    /**
     * Creates an overlay without thresholds, to be authored on screen or by Excel. Refused when the province already
     * has an overlay of the set for part of that validity (open that one instead).
     */
    @Transactional
    public Overlay create(OverlayHeader header) {
        CriteriaSet set = store.byCode(header.set() == null ? "" : header.set().trim())
                .orElseThrow(() -> new BadInputException("set", "catalog.error.setNotFound", header.set()));
        if (header.provinceUnitId() == null) {
            throw new BadInputException("provinceUnitId", "catalog.error.required", "provinceUnitId");
        }
        if (header.validFrom() == null) {
            throw new BadInputException("validFrom", "catalog.error.required", "validFrom");
        }
        UnitView province = units.get(header.provinceUnitId());
        if (province.level() != UnitLevel.PROVINCE) {
            throw new BadInputException(
                    "provinceUnitId", "catalog.error.notProvince", province.code(), province.name());
        }
        requireProvinceOfficer(province);
        if (!province.validOn(header.validFrom())) {
            throw new BadInputException(
                    "validFrom", "authoring.error.provinceNotInForce", province.name(), header.validFrom());
        }
        if (header.decision() == null || header.decision().isBlank()) {
            throw new BadInputException("decision", "authoring.error.decisionRequired");
        }
        InputText.check("decision", header.decision(), TextKind.DOCUMENT);
        InputText.check("title", header.title(), TextKind.DOCUMENT);
        if (header.validTo() != null && !header.validTo().isAfter(header.validFrom())) {
            throw new BadInputException("validTo", "error.period.toBeforeFrom", header.validFrom(), header.validTo());
        }
        store.overlapping(set.id(), province.id(), header.validFrom(), header.validTo()).stream()
                .findFirst()
                .ifPresent(o -> {
                    throw new ConflictException(
                            "validFrom",
                            "catalog.error.overlayOverlap",
                            o.decision(),
                            o.validFrom(),
                            o.validTo() == null ? "—" : o.validTo());
                });
        OverlayFile file = new OverlayFile(
                CatalogFile.OVERLAY_FORMAT,
                set.code(),
                province.code(),
                null,
                header.decision().trim(),
                header.decisionDate(),
                header.title() == null || header.title().isBlank()
                        ? null
                        : header.title().trim(),
                header.validFrom(),
                header.validTo(),
                null,
                List.of(),
                null);
        long id = insert(set, province, file, "");
        events.publishEvent(new CatalogChanged(set.id(), province.id()));
        return store.overlay(id).orElseThrow();
    }

    private UnitView province(OverlayFile file) {
        if (file.validFrom() == null) {
            throw new BadInputException("valid_from", "catalog.error.required", "valid_from");
        }
        if (file.provinceCode() == null) {
            throw new BadInputException("province_code", "catalog.error.required", "province_code");
        }
        UnitView unit =
                units.byCode(file.provinceCode(), file.provinceOn() == null ? file.validFrom() : file.provinceOn());
        if (unit.level() != UnitLevel.PROVINCE) {
            throw new BadInputException("province_code", "catalog.error.notProvince", unit.code(), unit.name());
        }
        return unit;
    }

    private void requireProvinceOfficer(UnitView province) {
        boolean allowed = Permissions.mayEditProvincialThresholds(scope.actor())
                && scope.get().canWrite(province.id());
        if (!allowed) {
            throw new OutOfScopeException("catalog.error.overlayNotAllowed", province.name());
        }
    }

    private void check(OverlayFile file, CriteriaSet set) {
        SetFileCheck check = SetFileCheck.forOverlay(sets.keyValues());
        if (file.decision() == null || file.decision().isBlank()) {
            check.add("decision", "catalog.error.required", "decision");
        }
        check.text("decision", file.decision(), TextKind.DOCUMENT);
        check.text("title", file.title(), TextKind.DOCUMENT);
        if (file.validTo() != null && !file.validTo().isAfter(file.validFrom())) {
            check.add("valid_to", "error.period.toBeforeFrom", file.validFrom(), file.validTo());
        }
        List<ThresholdFile> thresholds = file.thresholds() == null ? List.of() : file.thresholds();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (int t = 0; t < thresholds.size(); t++) {
            ThresholdFile threshold = thresholds.get(t);
            String at = "thresholds[" + t + "]";
            var indicator = set.indicator(threshold.indicator());
            if (indicator.isEmpty()) {
                check.add(at + ".indicator", "catalog.error.indicatorUnknown", threshold.indicator(), set.code());
                continue;
            }
            if (!indicator.get().measured()) {
                check.add(at + ".indicator", "catalog.error.qualitativeThreshold", threshold.indicator());
                continue;
            }
            check.threshold(
                    at,
                    threshold,
                    set.keying(),
                    set.periodFrom(),
                    set.periodTo(),
                    seen.computeIfAbsent(threshold.indicator(), k -> new HashSet<>()),
                    SetFileCheck.Bounds.of(indicator.get()));
        }
        owners.check(set, file.owners() == null ? List.of() : file.owners())
                .forEach(p -> check.add(p.field(), p.messageKey(), p.args()));
        List<FieldProblem> problems = check.problems();
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
    }

    private long insert(CriteriaSet set, UnitView province, OverlayFile f, String hash) {
        long id = jdbc.sql("""
                        insert into criteria_overlay (set_id, province_unit_id, decision, decision_date, title,
                            valid_from, valid_to, content_hash, demo)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        set.id(),
                        province.id(),
                        f.decision().trim(),
                        date(f.decisionDate()),
                        f.title(),
                        date(f.validFrom()),
                        date(f.validTo()),
                        hash,
                        Boolean.TRUE.equals(f.demo()))
                .query(Long.class)
                .single();
        audit.record(Change.created(ENTITY, id, province.id())
                .field("set", null, set.code())
                .field("decision", null, f.decision())
                .field("validFrom", null, f.validFrom())
                .field("validTo", null, f.validTo()));
        return id;
    }

    private long revise(Overlay old, OverlayFile f, String hash) {
        jdbc.sql("""
                        update criteria_overlay set decision_date = ?, title = ?, valid_from = ?, valid_to = ?,
                            content_hash = ?, revision = revision + 1, version = version + 1 where id = ?""")
                .params(date(f.decisionDate()), f.title(), date(f.validFrom()), date(f.validTo()), hash, old.id())
                .update();
        audit.record(Change.updated(ENTITY, old.id(), old.provinceUnitId())
                .field("revision", old.revision(), old.revision() + 1)
                .field("validFrom", old.validFrom(), f.validFrom())
                .field("validTo", old.validTo(), f.validTo()));
        return old.id();
    }

    private void writeThresholds(long overlayId, CriteriaSet set, OverlayFile f) {
        Map<String, String> before = store.thresholdLabels(set.id(), overlayId);
        jdbc.sql("delete from threshold where overlay_id = ?").param(overlayId).update();
        for (ThresholdFile t : f.thresholds() == null ? List.<ThresholdFile>of() : f.thresholds()) {
            Indicator indicator = set.indicator(t.indicator()).orElseThrow();
            writer.insertThreshold(
                    indicator.id(),
                    overlayId,
                    new ThresholdContent(
                            t.key(),
                            t.year(),
                            VietnameseNumber.parse(t.value()).orElseThrow(),
                            t.citation(f.decision()),
                            Boolean.TRUE.equals(t.verified())),
                    scope.username());
        }
        Change change = Change.of("THRESHOLDS", ENTITY, overlayId, null);
        CatalogStore.diff(before, store.thresholdLabels(set.id(), overlayId), change);
        if (change.hasFieldChanges()) {
            audit.record(change);
        }
    }

    private ImportOutcome outcome(String outcome, long id, OverlayFile f, UnitView province, String key) {
        int thresholds = f.thresholds() == null ? 0 : f.thresholds().size();
        return new ImportOutcome(
                outcome,
                f.decision(),
                id,
                Map.of("thresholds", thresholds),
                messages.get(key, f.decision(), province.name(), thresholds));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
