package vn.ntm.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ntm.criteria.IndicatorDraft.ThresholdDraft;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.Messages;
import vn.ntm.text.NumberText;
import vn.ntm.text.VietnameseDates;
import vn.ntm.unit.UnitAttribute;
import vn.ntm.unit.UnitAttributes;
import vn.ntm.web.FormDates;

/**
 * The indicator form as typed (text everywhere, so that a mistyped number or date comes back as typed) and its
 * threshold rows: one per key of the set (every year), one per threshold of a single year, and one free row to add
 * a threshold for a year. A row left empty that held no threshold says nothing; emptying one that did removes it.
 */
@Component
class AuthoringForms {

    private static final List<String> FIELDS = List.of(
            "criterion",
            "code",
            "textVi",
            "textEn",
            "kind",
            "measureUnit",
            "comparison",
            "minValue",
            "maxValue",
            "note",
            "source",
            "sourceArticle",
            "sourceDate",
            "sourceUrl",
            "reason");

    private final UnitAttributes attributes;
    private final NumberText numbers;
    private final Messages messages;

    AuthoringForms(UnitAttributes attributes, NumberText numbers, Messages messages) {
        this.attributes = attributes;
        this.numbers = numbers;
        this.messages = messages;
    }

    record IndicatorFields(
            Integer criterion,
            String code,
            String textVi,
            String textEn,
            String kind,
            String measureUnit,
            String comparison,
            String minValue,
            String maxValue,
            String note,
            String source,
            String sourceArticle,
            String sourceDate,
            String sourceUrl,
            List<ThresholdFields> thresholds,
            Integer version,
            String reason) {

        IndicatorFields {
            thresholds = thresholds == null ? List.of() : thresholds;
        }
    }

    /** {@code existing}: the row showed a stored threshold (so an empty value removes it). */
    record ThresholdFields(
            String key,
            String year,
            String value,
            String source,
            String sourceArticle,
            String sourceDate,
            String sourceUrl,
            Boolean existing) {}

    /** A threshold row as the page shows it, with the label of its key and the name of its field for errors. */
    record Row(int index, ThresholdFields fields, String label, String field, boolean free) {}

    IndicatorFields blank(CriteriaSet set, Integer criterion) {
        List<ThresholdFields> rows = new ArrayList<>();
        keyLabels(set)
                .keySet()
                .forEach(k -> rows.add(new ThresholdFields(k, null, null, null, null, null, null, false)));
        rows.add(free());
        return new IndicatorFields(
                criterion,
                null,
                null,
                null,
                "MEASURED",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                rows,
                null,
                null);
    }

    IndicatorFields of(CriteriaSet set, Indicator i, List<Threshold> thresholds) {
        List<ThresholdFields> rows = new ArrayList<>();
        for (String key : keyLabels(set).keySet()) {
            Threshold every = thresholds.stream()
                    .filter(t -> t.key().equals(key) && t.year() == null)
                    .findFirst()
                    .orElse(null);
            rows.add(
                    every == null
                            ? new ThresholdFields(key, null, null, null, null, null, null, false)
                            : fields(every, i));
        }
        thresholds.stream().filter(t -> t.year() != null).forEach(t -> rows.add(fields(t, i)));
        rows.add(free());
        Citation c = i.provenance().source();
        return new IndicatorFields(
                i.criterionNumber(),
                i.code(),
                i.textVi(),
                i.textEn(),
                i.kind().name(),
                i.measureUnit(),
                i.comparison() == null ? null : i.comparison().name(),
                numbers.format(i.minValue()),
                numbers.format(i.maxValue()),
                i.note(),
                c.document(),
                c.article(),
                VietnameseDates.format(c.date()),
                c.url(),
                rows,
                i.version(),
                null);
    }

    /** A stored threshold's row: its own source shown only where it differs from the indicator's. */
    private ThresholdFields fields(Threshold t, Indicator i) {
        Citation c = t.provenance().source();
        boolean own = !c.equals(i.provenance().source());
        return new ThresholdFields(
                t.key(),
                t.year() == null ? null : String.valueOf(t.year()),
                numbers.format(t.value()),
                own ? c.document() : null,
                own ? c.article() : null,
                own ? VietnameseDates.format(c.date()) : null,
                own ? c.url() : null,
                true);
    }

    private static ThresholdFields free() {
        return new ThresholdFields(null, null, null, null, null, null, null, false);
    }

    /** The draft the service checks. Dates typed wrongly are refused here, on their field. */
    IndicatorDraft draft(IndicatorFields f) {
        List<ThresholdDraft> thresholds = new ArrayList<>();
        for (int n = 0; n < f.thresholds().size(); n++) {
            ThresholdFields t = f.thresholds().get(n);
            boolean empty = t.value() == null || t.value().isBlank();
            if (empty && !Boolean.TRUE.equals(t.existing())) {
                continue;
            }
            thresholds.add(new ThresholdDraft(
                    t.key(),
                    year(t),
                    t.value(),
                    new Citation(
                            t.source(),
                            t.sourceArticle(),
                            FormDates.parse("thresholds[" + n + "].sourceDate", t.sourceDate()),
                            t.sourceUrl())));
        }
        return new IndicatorDraft(
                f.criterion(),
                f.code(),
                f.textVi(),
                f.textEn(),
                f.kind(),
                f.measureUnit(),
                f.comparison(),
                f.minValue(),
                f.maxValue(),
                f.note(),
                new Citation(
                        f.source(), f.sourceArticle(), FormDates.parse("sourceDate", f.sourceDate()), f.sourceUrl()),
                thresholds);
    }

    private static Integer year(ThresholdFields t) {
        if (t.year() == null || t.year().isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(t.year().trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(
                    ThresholdDraft.field(t.key() == null ? Threshold.ANY_KEY : t.key(), null),
                    "catalog.error.number",
                    t.year());
        }
    }

    List<Row> rows(CriteriaSet set, IndicatorFields f) {
        Map<String, String> labels = keyLabels(set);
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < f.thresholds().size(); n++) {
            ThresholdFields t = f.thresholds().get(n);
            boolean free = n == f.thresholds().size() - 1 && !Boolean.TRUE.equals(t.existing());
            String key = t.key() == null || t.key().isBlank() ? Threshold.ANY_KEY : t.key();
            Integer year = yearOrNull(t.year());
            rows.add(new Row(n, t, labels.getOrDefault(key, key), ThresholdDraft.field(key, year), free));
        }
        return rows;
    }

    /** A typed year, or null when empty or not a year (a wrong year is reported on the key's every-year slot). */
    private static Integer yearOrNull(String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The keys a threshold may carry, with their names: every key first, then the set's regions or groups. */
    Map<String, String> keyLabels(CriteriaSet set) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Threshold.ANY_KEY, messages.get("catalog.page.allKeys"));
        UnitAttribute attribute = switch (set.keying()) {
            case REGION -> UnitAttribute.REGION;
            case COMMUNE_GROUP -> UnitAttribute.COMMUNE_GROUP;
            case NONE -> null;
        };
        if (attribute != null) {
            labels.putAll(attributes.allowedValues(attribute, Messages.currentLocale()));
        }
        return labels;
    }

    List<String> fieldNames(IndicatorFields f) {
        List<String> names = new ArrayList<>(FIELDS);
        for (int n = 0; n < f.thresholds().size(); n++) {
            ThresholdFields t = f.thresholds().get(n);
            String key = t.key() == null || t.key().isBlank()
                    ? Threshold.ANY_KEY
                    : t.key().trim();
            names.add(ThresholdDraft.field(key, yearOrNull(t.year())));
            names.add("thresholds[" + n + "].sourceDate");
        }
        return names;
    }
}
