package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.criteria.CatalogFile.CriterionFile;
import vn.ntm.criteria.CatalogFile.IndicatorFile;
import vn.ntm.criteria.CatalogFile.SetFile;
import vn.ntm.criteria.CatalogFile.ThresholdFile;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.VietnameseNumber;

/**
 * Writes a checked set file's criteria, indicators and national thresholds. An administrator's file brings the set
 * to the file's content: what it changes or adds becomes theirs, what it leaves out is removed (refused while values
 * use it). The product's own file, reloaded at start, only owns what the product shipped: it never overwrites,
 * duplicates or removes an indicator or threshold a person entered (nor the thresholds of an indicator a person took
 * over), and keeps a shipped indicator that values use.
 */
@Component
class SetContentWriter {

    private static final Logger log = LoggerFactory.getLogger(SetContentWriter.class);

    private final JdbcClient jdbc;
    private final CatalogStore store;
    private final CatalogWriter writer;

    SetContentWriter(JdbcClient jdbc, CatalogStore store, CatalogWriter writer) {
        this.jdbc = jdbc;
        this.store = store;
        this.writer = writer;
    }

    /** {@code actor} null: the product's own file; otherwise the administrator whose file it is. */
    void write(long setId, SetFile f, String actor) {
        boolean shipped = actor == null;
        CriteriaSet before = store.byId(setId).orElseThrow();
        Map<String, Indicator> indicators =
                before.indicators().collect(Collectors.toMap(Indicator::code, i -> i, (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<Threshold>> thresholds =
                store.thresholds(setId, null).stream().collect(Collectors.groupingBy(Threshold::indicatorId));
        Map<Integer, Long> criteria = new HashMap<>();
        before.criteria().forEach(c -> criteria.put(c.number(), c.id()));
        Set<String> kept = new HashSet<>();
        for (CriterionFile c : f.criteria()) {
            long criterionId = upsertCriterion(setId, c, criteria.get(c.number()));
            for (IndicatorFile i : c.indicators() == null ? List.<IndicatorFile>of() : c.indicators()) {
                IndicatorContent content = content(criterionId, i);
                Indicator existing = indicators.get(i.code());
                kept.add(i.code());
                if (shipped && existing != null && !existing.provenance().shipped()) {
                    // a person took this indicator over: the product's file no longer touches it or its thresholds
                    continue;
                }
                long id;
                if (existing == null) {
                    id = writer.insertIndicator(setId, content, 0, actor);
                } else {
                    id = existing.id();
                    if (!content.sameAs(existing)) {
                        writer.updateIndicator(id, null, content, actor);
                    }
                }
                store.replaceSources(id, i.mapsFrom() == null ? List.of() : i.mapsFrom());
                thresholds(id, i, f.legalReference(), thresholds.getOrDefault(id, List.of()), actor);
            }
        }
        removeLeftOut(f, indicators, kept, shipped);
        Set<Integer> numbers = f.criteria().stream().map(CriterionFile::number).collect(Collectors.toSet());
        for (Criterion c : before.criteria()) {
            if (!numbers.contains(c.number()) && (!shipped || remaining(c.id()) == 0)) {
                writer.deleteCriterion(setId, c.number());
            }
        }
        writer.resort(setId);
    }

    private void removeLeftOut(SetFile f, Map<String, Indicator> indicators, Set<String> kept, boolean shipped) {
        for (Indicator i : indicators.values()) {
            if (kept.contains(i.code()) || shipped && !i.provenance().shipped()) {
                continue;
            }
            if (writer.inUse(i.id())) {
                if (!shipped) {
                    throw new BadInputException("criteria", "catalog.error.indicatorInUse", f.code());
                }
                log.warn(
                        "Chỉ tiêu {} không còn trong tệp của sản phẩm nhưng đã có giá trị: giữ lại / kept, in use",
                        i.code());
                continue;
            }
            writer.deleteIndicator(i.id(), null);
        }
    }

    /**
     * National thresholds of one indicator brought to the file's. The product's file leaves a person's threshold
     * alone (same key and year: theirs wins) and replaces only its own.
     */
    private void thresholds(
            long indicatorId, IndicatorFile i, String defaultSource, List<Threshold> existing, String actor) {
        boolean shipped = actor == null;
        Map<String, Threshold> bySlot = new HashMap<>();
        existing.forEach(t -> bySlot.put(ThresholdContent.slot(t), t));
        Set<String> inFile = new HashSet<>();
        for (ThresholdFile t : i.thresholds() == null ? List.<ThresholdFile>of() : i.thresholds()) {
            ThresholdContent content = new ThresholdContent(
                    t.key(),
                    t.year(),
                    VietnameseNumber.parse(t.value()).orElseThrow(),
                    t.citation(defaultSource),
                    Boolean.TRUE.equals(t.verified()));
            inFile.add(content.slot());
            Threshold current = bySlot.get(content.slot());
            if (current == null) {
                writer.insertThreshold(indicatorId, null, content, actor);
            } else if (!content.sameAs(current)
                    && !(shipped && !current.provenance().shipped())) {
                writer.updateThreshold(current.id(), null, content, actor);
            }
        }
        for (Threshold t : existing) {
            if (!inFile.contains(ThresholdContent.slot(t))
                    && (!shipped || t.provenance().shipped())) {
                writer.deleteThreshold(t.id(), null);
            }
        }
    }

    private int remaining(long criterionId) {
        return jdbc.sql("select count(*) from indicator where criterion_id = ?")
                .param(criterionId)
                .query(Integer.class)
                .single();
    }

    private long upsertCriterion(long setId, CriterionFile c, Long existing) {
        if (existing == null) {
            return jdbc.sql("""
                            insert into criterion (set_id, number, name_vi, name_en, owner_body_type, verified)
                            values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            setId,
                            c.number(),
                            c.nameVi(),
                            c.nameEn(),
                            c.ownerBodyType(),
                            Boolean.TRUE.equals(c.verified()))
                    .query(Long.class)
                    .single();
        }
        jdbc.sql("update criterion set name_vi = ?, name_en = ?, owner_body_type = ?, verified = ? where id = ?")
                .params(c.nameVi(), c.nameEn(), c.ownerBodyType(), Boolean.TRUE.equals(c.verified()), existing)
                .update();
        return existing;
    }

    static IndicatorContent content(long criterionId, IndicatorFile i) {
        IndicatorKind kind = IndicatorKind.valueOf(i.kind().trim());
        Comparison comparison = kind == IndicatorKind.MEASURED ? Comparison.parse(i.comparison()) : null;
        return new IndicatorContent(
                criterionId,
                i.code(),
                i.textVi(),
                i.textEn(),
                i.measureUnit(),
                kind,
                comparison,
                number(i.minValue()),
                number(i.maxValue()),
                Boolean.TRUE.equals(i.wordingVerified()),
                i.note(),
                i.citation());
    }

    private static BigDecimal number(String text) {
        return text == null ? null : VietnameseNumber.parse(text).orElseThrow();
    }
}
