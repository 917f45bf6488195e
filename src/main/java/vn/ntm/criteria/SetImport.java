package vn.ntm.criteria;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.CatalogFile.SetFile;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitAttribute;
import vn.ntm.unit.UnitAttributes;

/**
 * Loads a criteria set file: new sets are created, a known set is brought to the file's content (criteria by
 * number, indicators by code, national thresholds by key and year), and the same file again changes nothing. The
 * whole file is checked first; a malformed file writes nothing. Every change is audited and announced so that
 * judgements follow. The product's own files (reloaded at every start) only replace what the product shipped,
 * never what a person entered.
 */
@Service
public class SetImport {

    static final String ENTITY = "criteria_set";

    private final JdbcClient jdbc;
    private final CatalogStore store;
    private final SetContentWriter content;
    private final UnitAttributes attributes;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final NumberLimits numbers;

    SetImport(
            JdbcClient jdbc,
            CatalogStore store,
            SetContentWriter content,
            UnitAttributes attributes,
            CurrentScope scope,
            AuditLog audit,
            ApplicationEventPublisher events,
            Messages messages,
            NumberLimits numbers) {
        this.numbers = numbers;
        this.jdbc = jdbc;
        this.store = store;
        this.content = content;
        this.attributes = attributes;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
    }

    SetFileCheck.KeyValues keyValues() {
        return new SetFileCheck.KeyValues(
                attributes
                        .allowedValues(UnitAttribute.REGION, Messages.VIETNAMESE)
                        .keySet(),
                attributes
                        .allowedValues(UnitAttribute.COMMUNE_GROUP, Messages.VIETNAMESE)
                        .keySet(),
                numbers);
    }

    /** An administrator's file: the set becomes what the file says. */
    @Transactional
    public ImportOutcome importSet(String fileName, byte[] content) {
        if (!Permissions.mayEditNationalCatalog(scope.actor())) {
            throw new OutOfScopeException("catalog.error.adminOnly");
        }
        return load(fileName, content, scope.username());
    }

    /** A file the product ships: applied only when it changed since the last start, and only to what it owns. */
    @Transactional
    ImportOutcome importShipped(String fileName, byte[] content) {
        return load(fileName, content, null);
    }

    private ImportOutcome load(String fileName, byte[] bytes, String actor) {
        SetFile file = CatalogJson.read(bytes, SetFile.class);
        List<FieldProblem> problems = SetFileCheck.problems(file, keyValues());
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        String hash = CatalogJson.hash(CatalogJson.write(CatalogCanonical.set(file)));
        var existing = store.byCode(file.code());
        String stored = existing.flatMap(s -> hashOf(s.id(), actor == null ? "shipped_hash" : "content_hash"))
                .orElse("");
        if (existing.isPresent() && stored.equals(hash)) {
            return outcome("UNCHANGED", existing.get().id(), file, "catalog.import.setUnchanged");
        }
        long id = existing.isPresent() ? updateHeader(existing.get(), file, actor) : insertHeader(file);
        replaceBuckets(id, file);
        Map<String, String> before = store.thresholdLabels(id, null);
        String structureBefore = store.structure(id);
        content.write(id, file, actor);
        Map<String, String> after = store.thresholdLabels(id, null);
        Change thresholds = Change.of("THRESHOLDS", ENTITY, id, null).reason(fileName);
        CatalogStore.diff(before, after, thresholds);
        Set<String> keys = structureBefore.equals(store.structure(id)) ? CatalogStore.changedKeys(before, after) : null;
        if (thresholds.hasFieldChanges()) {
            audit.record(thresholds);
        }
        recordHashes(id, hash, actor);
        events.publishEvent(new CatalogChanged(id, null, keys));
        return outcome(
                "APPLIED", id, file, existing.isPresent() ? "catalog.import.setUpdated" : "catalog.import.setCreated");
    }

    private Optional<String> hashOf(long setId, String column) {
        return jdbc.sql("select " + column + " from criteria_set where id = ?")
                .param(setId)
                .query(String.class)
                .optional()
                .map(h -> h == null ? "" : h);
    }

    /**
     * After the product's file: the set is that file's content only while nobody entered anything in it, so that an
     * administrator's import of the same file is not taken for "no change".
     */
    private void recordHashes(long setId, String hash, String actor) {
        if (actor != null) {
            jdbc.sql("update criteria_set set content_hash = ? where id = ?")
                    .params(hash, setId)
                    .update();
            return;
        }
        jdbc.sql("""
                        update criteria_set set shipped_hash = ?, content_hash = case when exists (
                            select 1 from indicator i where i.set_id = ? and i.entered_by is not null)
                            or exists (select 1 from threshold t join indicator i on i.id = t.indicator_id
                                where i.set_id = ? and t.overlay_id is null and t.entered_by is not null)
                            then '' else ? end where id = ?""").params(hash, setId, setId, hash, setId).update();
    }

    private ImportOutcome outcome(String outcome, long id, SetFile file, String key) {
        int indicators = file.criteria().stream()
                .mapToInt(c -> c.indicators() == null ? 0 : c.indicators().size())
                .sum();
        int thresholds = file.criteria().stream()
                .flatMap(c -> c.indicators() == null ? Stream.empty() : c.indicators().stream())
                .mapToInt(i -> i.thresholds() == null ? 0 : i.thresholds().size())
                .sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("criteria", file.criteria().size());
        counts.put("indicators", indicators);
        counts.put("thresholds", thresholds);
        return new ImportOutcome(
                outcome,
                file.code(),
                id,
                counts,
                messages.get(key, file.code(), file.criteria().size(), indicators, thresholds));
    }

    private long insertHeader(SetFile f) {
        long id = jdbc.sql("""
                        insert into criteria_set (code, name_vi, name_en, level, period_from, period_to,
                            legal_reference, keying, especially_difficult_key, declared_criteria, declared_indicators,
                            verified, note, content_hash, demo, unit_types)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?) returning id""")
                .params(
                        f.code(),
                        f.nameVi(),
                        f.nameEn(),
                        f.level(),
                        f.periodFrom(),
                        f.periodTo(),
                        f.legalReference(),
                        f.keying(),
                        f.especiallyDifficultKey(),
                        f.declaredCriteria(),
                        f.declaredIndicators(),
                        Boolean.TRUE.equals(f.verified()),
                        f.note(),
                        Boolean.TRUE.equals(f.demo()),
                        String.join(",", CatalogCanonical.unitTypeNames(f)))
                .query(Long.class)
                .single();
        audit.record(Change.created(ENTITY, id, null)
                .field("code", null, f.code())
                .field("legalReference", null, f.legalReference())
                .field("unitTypes", null, String.join(",", CatalogCanonical.unitTypeNames(f))));
        return id;
    }

    /**
     * The header as the file says. Unit types change only when the file states them, and the product's file
     * leaves them alone once a person set them.
     */
    private long updateHeader(CriteriaSet old, SetFile f, String actor) {
        if (old.keying() != Keying.valueOf(f.keying())) {
            throw new BadInputException("keying", "catalog.error.keyingChange", old.code(), old.keying(), f.keying());
        }
        String types = f.unitTypes() == null ? null : String.join(",", CatalogCanonical.unitTypeNames(f));
        jdbc.sql("""
                        update criteria_set set name_vi = ?, name_en = ?, level = ?, period_from = ?, period_to = ?,
                            legal_reference = ?, especially_difficult_key = ?, declared_criteria = ?,
                            declared_indicators = ?, verified = ?, note = ?, version = version + 1,
                            unit_types = case when cast(? as varchar) is null or (? and unit_types_by is not null)
                                then unit_types else ? end,
                            unit_types_by = case when cast(? as varchar) is null or ? then unit_types_by else ? end
                        where id = ?""")
                .params(
                        f.nameVi(),
                        f.nameEn(),
                        f.level(),
                        f.periodFrom(),
                        f.periodTo(),
                        f.legalReference(),
                        f.especiallyDifficultKey(),
                        f.declaredCriteria(),
                        f.declaredIndicators(),
                        Boolean.TRUE.equals(f.verified()),
                        f.note(),
                        types,
                        actor == null,
                        types,
                        types,
                        actor == null,
                        actor,
                        old.id())
                .update();
        audit.record(Change.updated(ENTITY, old.id(), null)
                .field("nameVi", old.nameVi(), f.nameVi())
                .field("legalReference", old.legalReference(), f.legalReference())
                .field("periodFrom", old.periodFrom(), f.periodFrom())
                .field("periodTo", old.periodTo(), f.periodTo())
                .field("especiallyDifficultKey", old.especiallyDifficultKey(), f.especiallyDifficultKey()));
        return old.id();
    }

    private void replaceBuckets(long setId, SetFile f) {
        jdbc.sql("delete from criteria_bucket where set_id = ?").param(setId).update();
        if (f.buckets() != null) {
            f.buckets()
                    .forEach(b -> jdbc.sql("""
                            insert into criteria_bucket (set_id, min_met, max_met, label_vi, label_en)
                            values (?, ?, ?, ?, ?)""")
                            .params(setId, b.minMet(), b.maxMet(), b.labelVi(), b.labelEn())
                            .update());
        }
    }
}
