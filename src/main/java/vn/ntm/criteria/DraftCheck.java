package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.ntm.criteria.IndicatorDraft.ThresholdDraft;
import vn.ntm.errors.FieldProblem;
import vn.ntm.text.InputText;
import vn.ntm.text.SearchKey;
import vn.ntm.text.TextKind;
import vn.ntm.text.VietnameseNumber;

/**
 * Checks an indicator draft against its set, completely, naming each problem by field ("code", "minValue",
 * "threshold:2"): the criterion exists, the code has the form of an indicator code and is not another indicator's,
 * wording and kind are given, a measured indicator has its comparison and a consistent range, each threshold has a
 * key of the set's keying, a year of its period and a value in range, and links lead only to official sites. The
 * wording counts as verified once a source (document and date) is given, a threshold likewise with its own source
 * or the indicator's.
 */
final class DraftCheck {

    /** The checked draft: what to write (when there is no problem), and the problems. */
    record Checked(IndicatorContent content, List<ThresholdSlot> thresholds, List<FieldProblem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** One slot of the draft: its content to write, or null to remove that slot's threshold. */
    record ThresholdSlot(String key, Integer year, ThresholdContent content) {

        String slot() {
            return key + "|" + (year == null ? "" : year);
        }

        String field() {
            return ThresholdDraft.field(key, year);
        }
    }

    private final CriteriaSet set;
    private final SetFileCheck.KeyValues keys;
    private final List<FieldProblem> problems = new ArrayList<>();

    private DraftCheck(CriteriaSet set, SetFileCheck.KeyValues keys) {
        this.set = set;
        this.keys = keys;
    }

    /**
     * {@code existing}: the indicator the draft changes, or null for a new one; {@code stored}: its national
     * thresholds by slot ("1|", "*|2027").
     */
    static Checked check(
            CriteriaSet set,
            SetFileCheck.KeyValues keys,
            IndicatorDraft draft,
            Indicator existing,
            Map<String, Threshold> stored) {
        return new DraftCheck(set, keys).run(draft, existing, stored);
    }

    private Checked run(IndicatorDraft d, Indicator existing, Map<String, Threshold> stored) {
        Optional<Criterion> criterion = d.criterion() == null ? Optional.empty() : set.criterion(d.criterion());
        if (criterion.isEmpty()) {
            add(
                    "criterion",
                    "authoring.error.criterionUnknown",
                    d.criterion() == null ? "" : d.criterion(),
                    set.code());
        }
        String code = trim(d.code());
        if (!IndicatorCodes.valid(code)) {
            add("code", "catalog.error.indicatorCode", code == null ? "" : code);
        } else {
            set.indicator(code)
                    .filter(other -> existing == null || other.id() != existing.id())
                    .ifPresent(other -> add("code", "authoring.error.codeTaken", code, set.code()));
        }
        String text = trim(d.textVi());
        if (text == null) {
            add("textVi", "authoring.error.textRequired");
        }
        text("textVi", d.textVi(), TextKind.NOTE);
        text("textEn", d.textEn(), TextKind.NOTE);
        text("note", d.note(), TextKind.NOTE);
        text("measureUnit", d.measureUnit(), TextKind.CODE);
        IndicatorTexts.citation("source", d.source()).forEach(problems::add);
        IndicatorKind kind = kind(d.kind());
        Comparison comparison = comparison(d.comparison(), kind, code);
        String unit = trim(d.measureUnit());
        NumberRule rule = keys.numbers().ruleFor(unit);
        BigDecimal min = number("minValue", code, rule, d.minValue());
        BigDecimal max = number("maxValue", code, rule, d.maxValue());
        IndicatorRules.range("maxValue", code, rule, min, max).ifPresent(problems::add);
        IndicatorRules.link("sourceUrl", d.source().url()).ifPresent(problems::add);
        List<ThresholdSlot> slots = thresholds(d, kind, code, rule, min, max, stored);
        if (!problems.isEmpty()) {
            return new Checked(null, slots, List.copyOf(problems));
        }
        // verified wording stays verified while neither it nor its source changes (the reference data checked it)
        boolean keepsVerified = existing != null
                && existing.wordingVerified()
                && text.equals(existing.textVi())
                && d.source().equals(existing.provenance().source());
        IndicatorContent content = new IndicatorContent(
                criterion.get().id(),
                code,
                text,
                trim(d.textEn()),
                kind == IndicatorKind.MEASURED ? unit : null,
                kind,
                comparison,
                kind == IndicatorKind.MEASURED ? min : null,
                kind == IndicatorKind.MEASURED ? max : null,
                d.source().complete() || keepsVerified,
                trim(d.note()),
                d.source());
        return new Checked(content, slots, List.of());
    }

    private List<ThresholdSlot> thresholds(
            IndicatorDraft d,
            IndicatorKind kind,
            String code,
            NumberRule rule,
            BigDecimal min,
            BigDecimal max,
            Map<String, Threshold> stored) {
        List<ThresholdSlot> slots = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> allowed = keys.of(set.keying());
        for (ThresholdDraft t : d.thresholds()) {
            String field = t.field();
            if (!Threshold.ANY_KEY.equals(t.key()) && !allowed.contains(t.key())) {
                add(field, "catalog.error.thresholdKey", t.key(), String.join(", ", new TreeSet<>(allowed)));
                continue;
            }
            if (t.year() != null && !set.covers(t.year())) {
                add(
                        field,
                        "catalog.error.thresholdYear",
                        String.valueOf(t.year()),
                        String.valueOf(set.periodFrom()),
                        String.valueOf(set.periodTo()));
                continue;
            }
            if (!seen.add(t.key() + "|" + t.year())) {
                add(field, "catalog.error.thresholdDuplicate", code, t.key(), t.year() == null ? "*" : t.year());
                continue;
            }
            if (t.value() == null || t.value().isBlank()) {
                slots.add(new ThresholdSlot(t.key(), t.year(), null));
                continue;
            }
            if (kind == IndicatorKind.QUALITATIVE) {
                add(field, "catalog.error.qualitativeThreshold", code);
                continue;
            }
            BigDecimal value = number(field, code, rule, t.value());
            if (value == null) {
                continue;
            }
            IndicatorRules.threshold(field, code, rule, min, max, value).ifPresent(problems::add);
            IndicatorRules.link(field, t.source().url()).ifPresent(problems::add);
            IndicatorTexts.citation(field, t.source()).forEach(problems::add);
            Citation source = t.source().or(d.source());
            Threshold before = stored.get(t.key() + "|" + (t.year() == null ? "" : t.year()));
            boolean keepsVerified = before != null
                    && before.verified()
                    && before.value().compareTo(value) == 0
                    && source.equals(before.provenance().source());
            slots.add(new ThresholdSlot(
                    t.key(),
                    t.year(),
                    new ThresholdContent(t.key(), t.year(), value, source, source.complete() || keepsVerified)));
        }
        return slots;
    }

    /** "MEASURED", "Định lượng", "dinh luong": measured; "QUALITATIVE", "Định tính": qualitative. */
    private IndicatorKind kind(String text) {
        String key = text == null ? "" : SearchKey.of(text);
        return switch (key) {
            case "measured", "dinh luong" -> IndicatorKind.MEASURED;
            case "qualitative", "dinh tinh" -> IndicatorKind.QUALITATIVE;
            default -> {
                add("kind", "authoring.error.kind", text == null ? "" : text.trim());
                yield null;
            }
        };
    }

    private Comparison comparison(String text, IndicatorKind kind, String code) {
        if (kind != IndicatorKind.MEASURED) {
            if (text != null && !text.isBlank() && kind == IndicatorKind.QUALITATIVE) {
                add("comparison", "catalog.error.qualitativeThreshold", code);
            }
            return null;
        }
        if (text == null || text.isBlank()) {
            add("comparison", "catalog.error.comparisonRequired", code);
            return null;
        }
        try {
            return Comparison.parse(text);
        } catch (IllegalArgumentException e) {
            add("comparison", "catalog.error.comparison", text.trim());
            return null;
        }
    }

    private BigDecimal number(String field, String code, NumberRule rule, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> parsed = VietnameseNumber.parse(text);
        if (parsed.isEmpty()) {
            problems.add(rule.overlong(field, code, text)
                    .orElseGet(() -> new FieldProblem(field, "catalog.error.number", SetFileCheck.shown(text))));
        }
        return parsed.orElse(null);
    }

    private void text(String field, String text, TextKind kind) {
        InputText.problem(field, text, kind).ifPresent(problems::add);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private void add(String field, String key, Object... args) {
        problems.add(new FieldProblem(field, key, args));
    }
}
