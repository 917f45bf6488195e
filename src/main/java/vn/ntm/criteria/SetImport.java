package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.CatalogFile.CriterionFile;
import vn.ntm.criteria.CatalogFile.IndicatorFile;
import vn.ntm.criteria.CatalogFile.SetFile;
import vn.ntm.criteria.CatalogFile.ThresholdFile;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseNumber;
import vn.ntm.unit.UnitAttribute;
import vn.ntm.unit.UnitAttributes;

/**
 * Loads a criteria set file: new sets are created, a known set is brought to the file's content (criteria by
 * number, indicators by code, national thresholds replaced), and the same file again changes nothing. The whole
 * file is checked first; a malformed file writes nothing. Every change is audited and announced so that
 * judgements follow.
 */
@Service
public class SetImport {

    static final String ENTITY = "criteria_set";

    private final JdbcClient jdbc;
    private final CatalogStore store;
    private final UnitAttributes attributes;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    SetImport(JdbcClient jdbc, CatalogStore store, UnitAttributes attributes, CurrentScope scope, AuditLog audit,
              ApplicationEventPublisher events, Messages messages) {
        this.jdbc = jdbc;
        this.store = store;
        this.attributes = attributes;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
    }

    SetFileCheck.KeyValues keyValues() {
        return new SetFileCheck.KeyValues(
                attributes.allowedValues(UnitAttribute.REGION, Messages.VIETNAMESE).keySet(),
                attributes.allowedValues(UnitAttribute.COMMUNE_GROUP, Messages.VIETNAMESE).keySet());
    }

    @Transactional
    public ImportOutcome importSet(String fileName, byte[] content) {
        if (!scope.isAdministrator()) {
            throw new OutOfScopeException("catalog.error.adminOnly");
        }
        SetFile file = CatalogJson.read(content, SetFile.class);
        List<FieldProblem> problems = SetFileCheck.problems(file, keyValues());
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        String hash = CatalogJson.hash(CatalogJson.write(CatalogCanonical.set(file)));
        var existing = store.byCode(file.code());
        if (existing.isPresent() && store.contentHash("criteria_set", existing.get().id()).orElse("").equals(hash)) {
            return outcome("UNCHANGED", existing.get().id(), file, "catalog.import.setUnchanged");
        }
        long id = existing.isPresent() ? updateHeader(existing.get(), file, hash) : insertHeader(file, hash);
        replaceBuckets(id, file);
        Map<String, String> before = store.thresholdLabels(id, null);
        String structureBefore = store.structure(id);
        writeCriteria(id, file);
        Map<String, String> after = store.thresholdLabels(id, null);
        Change thresholds = Change.of("THRESHOLDS", ENTITY, id, null).reason(fileName);
        CatalogStore.diff(before, after, thresholds);
        Set<String> keys = structureBefore.equals(store.structure(id)) ? CatalogStore.changedKeys(before, after) : null;
        if (thresholds.hasFieldChanges()) {
            audit.record(thresholds);
        }
        events.publishEvent(new CatalogChanged(id, null, keys));
        return outcome("APPLIED", id, file, existing.isPresent() ? "catalog.import.setUpdated" : "catalog.import.setCreated");
    }

    private ImportOutcome outcome(String outcome, long id, SetFile file, String key) {
        int indicators = file.criteria().stream().mapToInt(c -> c.indicators() == null ? 0 : c.indicators().size()).sum();
        int thresholds = file.criteria().stream().flatMap(c -> c.indicators() == null ? java.util.stream.Stream.empty()
                : c.indicators().stream()).mapToInt(i -> i.thresholds() == null ? 0 : i.thresholds().size()).sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("criteria", file.criteria().size());
        counts.put("indicators", indicators);
        counts.put("thresholds", thresholds);
        return new ImportOutcome(outcome, file.code(), id, counts,
                messages.get(key, file.code(), file.criteria().size(), indicators, thresholds));
    }

    private long insertHeader(SetFile f, String hash) {
        long id = jdbc.sql("""
                        insert into criteria_set (code, name_vi, name_en, level, period_from, period_to,
                            legal_reference, keying, especially_difficult_key, declared_criteria, declared_indicators,
                            verified, note, content_hash, demo)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.code(), f.nameVi(), f.nameEn(), f.level(), f.periodFrom(), f.periodTo(), f.legalReference(),
                        f.keying(), f.especiallyDifficultKey(), f.declaredCriteria(), f.declaredIndicators(),
                        Boolean.TRUE.equals(f.verified()), f.note(), hash, Boolean.TRUE.equals(f.demo()))
                .query(Long.class).single();
        audit.record(Change.created(ENTITY, id, null).field("code", null, f.code())
                .field("legalReference", null, f.legalReference()));
        return id;
    }

    private long updateHeader(CriteriaSet old, SetFile f, String hash) {
        if (old.keying() != Keying.valueOf(f.keying())) {
            throw new BadInputException("keying", "catalog.error.keyingChange", old.code(), old.keying(), f.keying());
        }
        jdbc.sql("""
                        update criteria_set set name_vi = ?, name_en = ?, level = ?, period_from = ?, period_to = ?,
                            legal_reference = ?, especially_difficult_key = ?, declared_criteria = ?,
                            declared_indicators = ?, verified = ?, note = ?, content_hash = ?, version = version + 1
                        where id = ?""")
                .params(f.nameVi(), f.nameEn(), f.level(), f.periodFrom(), f.periodTo(), f.legalReference(),
                        f.especiallyDifficultKey(), f.declaredCriteria(), f.declaredIndicators(),
                        Boolean.TRUE.equals(f.verified()), f.note(), hash, old.id())
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
            f.buckets().forEach(b -> jdbc.sql("""
                            insert into criteria_bucket (set_id, min_met, max_met, label_vi, label_en)
                            values (?, ?, ?, ?, ?)""")
                    .params(setId, b.minMet(), b.maxMet(), b.labelVi(), b.labelEn()).update());
        }
    }

    private void writeCriteria(long setId, SetFile f) {
        Map<Integer, Long> criteria = new HashMap<>();
        jdbc.sql("select number, id from criterion where set_id = ?").param(setId)
                .query(rs -> {
                    criteria.put(rs.getInt(1), rs.getLong(2));
                });
        Map<String, Long> indicators = new HashMap<>();
        jdbc.sql("select code, id from indicator where set_id = ?").param(setId)
                .query(rs -> {
                    indicators.put(rs.getString(1), rs.getLong(2));
                });
        jdbc.sql("delete from threshold where overlay_id is null and indicator_id in "
                + "(select id from indicator where set_id = ?)").param(setId).update();
        int sort = 0;
        Set<String> kept = new java.util.HashSet<>();
        Set<Integer> keptCriteria = new java.util.HashSet<>();
        for (CriterionFile c : f.criteria()) {
            long criterionId = upsertCriterion(setId, c, criteria.get(c.number()));
            keptCriteria.add(c.number());
            for (IndicatorFile i : c.indicators() == null ? List.<IndicatorFile>of() : c.indicators()) {
                long indicatorId = upsertIndicator(setId, criterionId, i, ++sort, indicators.get(i.code()));
                store.replaceSources(indicatorId, i.mapsFrom() == null ? List.of() : i.mapsFrom());
                kept.add(i.code());
                for (ThresholdFile t : i.thresholds() == null ? List.<ThresholdFile>of() : i.thresholds()) {
                    store.insertThreshold(indicatorId, null, t.key() == null ? Threshold.ANY_KEY : t.key(), t.year(),
                            VietnameseNumber.parse(t.value()).orElseThrow(), t.source() == null ? f.legalReference()
                                    : t.source(), Boolean.TRUE.equals(t.verified()));
                }
            }
        }
        try {
            indicators.keySet().stream().filter(code -> !kept.contains(code)).forEach(code ->
                    jdbc.sql("delete from indicator where set_id = ? and code = ?").params(setId, code).update());
            criteria.keySet().stream().filter(n -> !keptCriteria.contains(n)).forEach(n ->
                    jdbc.sql("delete from criterion where set_id = ? and number = ?").params(setId, n).update());
        } catch (DataIntegrityViolationException e) {
            throw new BadInputException("criteria", "catalog.error.indicatorInUse", f.code());
        }
    }

    private long upsertCriterion(long setId, CriterionFile c, Long existing) {
        if (existing == null) {
            return jdbc.sql("""
                            insert into criterion (set_id, number, name_vi, name_en, owner_body_type, verified)
                            values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(setId, c.number(), c.nameVi(), c.nameEn(), c.ownerBodyType(), Boolean.TRUE.equals(c.verified()))
                    .query(Long.class).single();
        }
        jdbc.sql("update criterion set name_vi = ?, name_en = ?, owner_body_type = ?, verified = ? where id = ?")
                .params(c.nameVi(), c.nameEn(), c.ownerBodyType(), Boolean.TRUE.equals(c.verified()), existing)
                .update();
        return existing;
    }

    private long upsertIndicator(long setId, long criterionId, IndicatorFile i, int sort, Long existing) {
        IndicatorKind kind = IndicatorKind.valueOf(i.kind().trim());
        Comparison comparison = kind == IndicatorKind.MEASURED ? Comparison.parse(i.comparison()) : null;
        BigDecimal min = i.minValue() == null ? null : VietnameseNumber.parse(i.minValue()).orElseThrow();
        BigDecimal max = i.maxValue() == null ? null : VietnameseNumber.parse(i.maxValue()).orElseThrow();
        Object[] values = {criterionId, i.code(), i.textVi(), i.textEn(), i.measureUnit(), kind.name(),
                comparison == null ? null : comparison.name(), min, max, Boolean.TRUE.equals(i.wordingVerified()),
                i.note(), sort};
        if (existing == null) {
            return jdbc.sql("""
                            insert into indicator (set_id, criterion_id, code, text_vi, text_en, measure_unit, kind,
                                comparison, min_value, max_value, wording_verified, note, sort)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(prepend(setId, values)).query(Long.class).single();
        }
        jdbc.sql("""
                        update indicator set criterion_id = ?, code = ?, text_vi = ?, text_en = ?, measure_unit = ?,
                            kind = ?, comparison = ?, min_value = ?, max_value = ?, wording_verified = ?, note = ?,
                            sort = ? where id = ?""")
                .params(append(values, existing)).update();
        return existing;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}
