package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ntm.criteria.CatalogFile.BucketFile;
import vn.ntm.criteria.CatalogFile.CriterionFile;
import vn.ntm.criteria.CatalogFile.IndicatorFile;
import vn.ntm.criteria.CatalogFile.SetFile;
import vn.ntm.criteria.CatalogFile.ThresholdFile;
import vn.ntm.errors.FieldProblem;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;
import vn.ntm.text.VietnameseNumber;

/**
 * Checks a set file completely before anything is written, and names every problem with its place in the file
 * (e.g. {@code criteria[14].indicators[3].comparison}).
 */
final class SetFileCheck {

    /** A standing's label ("Đạt chuẩn") is stored in 100 characters. */
    private static final int BUCKET_LABEL = 100;

    private final List<FieldProblem> problems = new ArrayList<>();
    private final KeyValues keys;

    /**
     * The keys a threshold may carry (region codes and commune group codes, from the unit attributes) and the digits
     * its number may have, by the indicator's unit of measure.
     */
    record KeyValues(Set<String> regions, Set<String> groups, NumberLimits numbers) {

        KeyValues(Set<String> regions, Set<String> groups) {
            this(regions, groups, NumberLimits.DEFAULTS);
        }

        Set<String> of(Keying keying) {
            return switch (keying) {
                case REGION -> regions;
                case COMMUNE_GROUP -> groups;
                case NONE -> Set.of();
            };
        }
    }

    private SetFileCheck(KeyValues keys) {
        this.keys = keys;
    }

    static List<FieldProblem> problems(SetFile file, KeyValues keys) {
        SetFileCheck check = new SetFileCheck(keys);
        check.set(file);
        return check.problems;
    }

    private void set(SetFile f) {
        if (!CatalogFile.SET_FORMAT.equals(f.format())) {
            add("format", "catalog.error.format", f.format(), CatalogFile.SET_FORMAT);
            return;
        }
        if (f.code() == null || !f.code().matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            add("code", "catalog.error.setCode", f.code());
        }
        required("name_vi", f.nameVi());
        required("legal_reference", f.legalReference());
        text("name_vi", f.nameVi(), TextKind.NAME);
        text("name_en", f.nameEn(), TextKind.NAME);
        text("legal_reference", f.legalReference(), TextKind.DOCUMENT);
        text("note", f.note(), TextKind.NOTE);
        SetLevel level = enumValue("level", f.level(), SetLevel.class);
        if (level != null) {
            unitTypes(f.unitTypes(), level);
        }
        Keying keying = enumValue("keying", f.keying(), Keying.class);
        if (f.periodFrom() == null
                || f.periodTo() == null
                || f.periodTo() < f.periodFrom()
                || f.periodFrom() < 2000
                || f.periodTo() > 2100) {
            add("period_to", "catalog.error.period", year(f.periodFrom()), year(f.periodTo()));
        }
        if (f.especiallyDifficultKey() != null
                && (keying != Keying.REGION || !keys.regions().contains(f.especiallyDifficultKey()))) {
            add("especially_difficult_key", "catalog.error.especiallyDifficultKey", f.especiallyDifficultKey());
        }
        if (f.criteria() == null || f.criteria().isEmpty()) {
            add("criteria", "catalog.error.noCriteria");
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int c = 0; c < f.criteria().size(); c++) {
            criterion("criteria[" + c + "]", f.criteria().get(c), numbers, codes, keying, f);
        }
        buckets(f.buckets(), f.criteria().size());
    }

    /** The unit types a set covers: types of the set's level (xã, phường... for commune sets). */
    private void unitTypes(List<String> types, SetLevel level) {
        if (types == null) {
            return;
        }
        List<String> allowed =
                UnitCoverage.choices(level).stream().map(Enum::name).toList();
        for (int t = 0; t < types.size(); t++) {
            String type = types.get(t) == null ? "" : types.get(t).trim();
            if (!allowed.contains(type)) {
                add("unit_types[" + t + "]", "authoring.error.unitType", type, String.join(", ", allowed));
            }
        }
    }

    private void criterion(
            String at, CriterionFile c, Set<Integer> numbers, Set<String> codes, Keying keying, SetFile set) {
        if (c.number() == null || c.number() < 1 || !numbers.add(c.number())) {
            add(at + ".number", "catalog.error.criterionNumber", c.number());
        }
        required(at + ".name_vi", c.nameVi());
        text(at + ".name_vi", c.nameVi(), TextKind.NAME);
        text(at + ".name_en", c.nameEn(), TextKind.NAME);
        List<IndicatorFile> indicators = c.indicators() == null ? List.of() : c.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            indicator(at + ".indicators[" + i + "]", indicators.get(i), codes, keying, set);
        }
    }

    private void indicator(String at, IndicatorFile i, Set<String> codes, Keying keying, SetFile set) {
        if (!IndicatorCodes.valid(i.code())) {
            add(at + ".code", "catalog.error.indicatorCode", i.code());
        } else if (!codes.add(i.code())) {
            add(at + ".code", "catalog.error.indicatorDuplicate", i.code());
        }
        required(at + ".text_vi", i.textVi());
        text(at + ".text_vi", i.textVi(), TextKind.NOTE);
        text(at + ".text_en", i.textEn(), TextKind.NOTE);
        text(at + ".measure_unit", i.measureUnit(), TextKind.CODE);
        text(at + ".note", i.note(), TextKind.NOTE);
        text(at + ".source_document", i.sourceDocument(), TextKind.DOCUMENT);
        text(at + ".source_article", i.sourceArticle(), TextKind.DOCUMENT);
        text(at + ".source_url", i.sourceUrl(), TextKind.LINK);
        IndicatorKind kind = enumValue(at + ".kind", i.kind(), IndicatorKind.class);
        Comparison comparison = null;
        if (i.comparison() != null) {
            try {
                comparison = Comparison.parse(i.comparison());
            } catch (IllegalArgumentException e) {
                add(at + ".comparison", "catalog.error.comparison", i.comparison());
            }
        }
        if (kind == IndicatorKind.MEASURED && comparison == null && i.comparison() == null) {
            add(at + ".comparison", "catalog.error.comparisonRequired", i.code());
        }
        if (kind == IndicatorKind.QUALITATIVE && (i.comparison() != null || nonEmpty(i.thresholds()))) {
            add(at + ".kind", "catalog.error.qualitativeThreshold", i.code());
        }
        if (i.mapsFrom() != null) {
            for (String source : i.mapsFrom()) {
                if (source == null || !source.matches("[A-Z0-9][A-Z0-9-]{1,39}:\\d{1,2}(\\.\\d{1,2}){0,2}[a-z]?")) {
                    add(at + ".maps_from", "catalog.error.mapsFrom", source);
                }
            }
        }
        NumberRule rule = keys.numbers().ruleFor(i.measureUnit());
        BigDecimal min = number(at + ".min_value", i.code(), rule, i.minValue());
        BigDecimal max = number(at + ".max_value", i.code(), rule, i.maxValue());
        IndicatorRules.range(at + ".max_value", i.code(), rule, min, max).ifPresent(problems::add);
        IndicatorRules.link(at + ".source_url", i.sourceUrl()).ifPresent(problems::add);
        Bounds bounds = new Bounds(i.code(), rule, min, max);
        List<ThresholdFile> thresholds = i.thresholds() == null ? List.of() : i.thresholds();
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < thresholds.size(); t++) {
            threshold(
                    at + ".thresholds[" + t + "]",
                    thresholds.get(t),
                    keying,
                    set.periodFrom(),
                    set.periodTo(),
                    seen,
                    bounds);
        }
    }

    /** What a threshold must stay within: the indicator's unit of measure and range. */
    record Bounds(String code, NumberRule rule, BigDecimal min, BigDecimal max) {

        static Bounds of(Indicator i) {
            return new Bounds(i.code(), i.numbers(), i.minValue(), i.maxValue());
        }
    }

    /** Shared with overlay files: key, year, value and source of one threshold. */
    void threshold(
            String at,
            ThresholdFile t,
            Keying keying,
            Integer periodFrom,
            Integer periodTo,
            Set<String> seen,
            Bounds bounds) {
        String indicatorCode = bounds.code();
        String key = t.key() == null ? Threshold.ANY_KEY : t.key();
        if (keying != null && !Threshold.ANY_KEY.equals(key) && !keys.of(keying).contains(key)) {
            add(at + ".key", "catalog.error.thresholdKey", key, String.join(", ", keys.of(keying)));
        }
        if (t.year() != null
                && periodFrom != null
                && periodTo != null
                && (t.year() < periodFrom || t.year() > periodTo)) {
            add(at + ".year", "catalog.error.thresholdYear", year(t.year()), year(periodFrom), year(periodTo));
        }
        if (t.value() == null || t.value().isBlank()) {
            add(at + ".value", "catalog.error.thresholdValueRequired", indicatorCode);
        } else {
            BigDecimal value = number(at + ".value", indicatorCode, bounds.rule(), t.value());
            if (value != null) {
                IndicatorRules.threshold(at + ".value", indicatorCode, bounds.rule(), bounds.min(), bounds.max(), value)
                        .ifPresent(problems::add);
            }
        }
        IndicatorRules.link(at + ".source_url", t.sourceUrl()).ifPresent(problems::add);
        text(at + ".source", t.source(), TextKind.DOCUMENT);
        text(at + ".source_article", t.sourceArticle(), TextKind.DOCUMENT);
        text(at + ".source_url", t.sourceUrl(), TextKind.LINK);
        if (!seen.add(key + "|" + t.year())) {
            add(
                    at + ".key",
                    "catalog.error.thresholdDuplicate",
                    indicatorCode,
                    key,
                    t.year() == null ? "*" : year(t.year()));
        }
    }

    private void buckets(List<BucketFile> buckets, int criteriaCount) {
        if (buckets == null) {
            return;
        }
        boolean[] covered = new boolean[criteriaCount + 1];
        for (int b = 0; b < buckets.size(); b++) {
            BucketFile bucket = buckets.get(b);
            String at = "buckets[" + b + "]";
            if (bucket.minMet() == null
                    || bucket.maxMet() == null
                    || bucket.minMet() < 0
                    || bucket.maxMet() > criteriaCount
                    || bucket.maxMet() < bucket.minMet()) {
                add(at, "catalog.error.bucketRange", bucket.minMet(), bucket.maxMet(), criteriaCount);
                continue;
            }
            required(at + ".label_vi", bucket.labelVi());
            InputText.length(at + ".label_vi", bucket.labelVi(), BUCKET_LABEL).ifPresent(problems::add);
            InputText.length(at + ".label_en", bucket.labelEn(), BUCKET_LABEL).ifPresent(problems::add);
            for (int n = bucket.minMet(); n <= bucket.maxMet(); n++) {
                if (covered[n]) {
                    add(at, "catalog.error.bucketOverlap", n);
                    break;
                }
                covered[n] = true;
            }
        }
    }

    BigDecimal number(String at, String code, NumberRule rule, String text) {
        if (text == null) {
            return null;
        }
        var parsed = VietnameseNumber.parse(text);
        if (parsed.isEmpty()) {
            problems.add(rule.overlong(at, code, text)
                    .orElseGet(() -> new FieldProblem(at, "catalog.error.number", shown(text))));
            return null;
        }
        return parsed.get();
    }

    /** A text quoted in a message: cut when longer than a line. */
    static String shown(String text) {
        String t = text.trim();
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }

    /** A year as written (2025), not as a grouped number (2.025) in messages. */
    private static String year(Integer year) {
        return year == null ? "" : String.valueOf(year);
    }

    private <E extends Enum<E>> E enumValue(String at, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            List<String> names =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            add(at, "catalog.error.enumValue", text, String.join(", ", names));
            return null;
        }
    }

    /** The text rule ({@link InputText}) on a text of the file. */
    void text(String at, String text, TextKind kind) {
        InputText.problem(at, text, kind).ifPresent(problems::add);
    }

    private void required(String at, String text) {
        if (text == null || text.isBlank()) {
            add(at, "catalog.error.required", at);
        }
    }

    private static boolean nonEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    void add(String field, String key, Object... args) {
        problems.add(new FieldProblem(field, key, args));
    }

    static SetFileCheck forOverlay(KeyValues keys) {
        return new SetFileCheck(keys);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
