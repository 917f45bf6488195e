package vn.ntm.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.Citation;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.Overlay;
import vn.ntm.criteria.Threshold;
import vn.ntm.text.Messages;
import vn.ntm.text.NumberText;
import vn.ntm.text.VietnameseDates;
import vn.ntm.unit.UnitAttribute;
import vn.ntm.unit.UnitAttributes;

/**
 * The catalog workbooks to download: a set's indicators as stored (empty rows to fill for a set that has none yet),
 * or a province's overlay with the national values beside the province's. Headers are in Vietnamese, the language
 * of the decisions they are filled from.
 */
@Component
class CatalogTemplates {

    private static final String[] KINDS = {"Định lượng", "Định tính"};
    private static final String[] COMPARISONS = {"≥", ">", "≤", "<"};

    private final Catalog catalog;
    private final UnitAttributes attributes;
    private final Messages messages;
    private final NumberText numbers;

    CatalogTemplates(Catalog catalog, UnitAttributes attributes, Messages messages, NumberText numbers) {
        this.catalog = catalog;
        this.attributes = attributes;
        this.messages = messages;
        this.numbers = numbers;
    }

    void set(String setCode, OutputStream out) throws IOException {
        CriteriaSet set = catalog.set(setCode);
        Map<Long, List<Threshold>> national = byIndicator(catalog.nationalThresholds(set.id()));
        List<CatalogSheet.Slot> slots =
                slots(set, national.values().stream().flatMap(List::stream).toList());
        List<String> codes = CatalogSheet.columns(CatalogSheet.Kind.SET, slots);
        try (CatalogSheetWriter writer =
                new CatalogSheetWriter(CatalogSheet.Kind.SET, set.code(), null, codes, labels(set, codes))) {
            for (Indicator i : set.indicators().toList()) {
                Map<Integer, Object> row = new LinkedHashMap<>();
                Citation c = i.provenance().source();
                put(row, codes, "criterion", i.criterionNumber());
                put(row, codes, "code", i.code());
                put(row, codes, "textVi", i.textVi());
                put(row, codes, "textEn", i.textEn());
                put(row, codes, "kind", i.measured() ? KINDS[0] : KINDS[1]);
                put(row, codes, "measureUnit", i.measureUnit());
                put(
                        row,
                        codes,
                        "comparison",
                        i.comparison() == null ? null : i.comparison().symbol());
                put(row, codes, "minValue", i.minValue());
                put(row, codes, "maxValue", i.maxValue());
                put(row, codes, "source", c.document());
                put(row, codes, "sourceArticle", c.article());
                put(row, codes, "sourceDate", c.date() == null ? null : VietnameseDates.format(c.date()));
                put(row, codes, "sourceUrl", c.url());
                put(row, codes, "note", i.note());
                national.getOrDefault(i.id(), List.of()).forEach(t -> put(row, codes, slot(t).code(), t.value()));
                writer.row(row);
            }
            writer.finish(
                    out,
                    List.of(
                            new CatalogSheetWriter.Choices(
                                    codes.indexOf("kind"),
                                    KINDS,
                                    messages.get(Messages.VIETNAMESE, "authoring.sheet.kindWarning")),
                            new CatalogSheetWriter.Choices(
                                    codes.indexOf("comparison"),
                                    COMPARISONS,
                                    messages.get(Messages.VIETNAMESE, "authoring.sheet.comparisonWarning"))),
                    messages.get(Messages.VIETNAMESE, "authoring.sheet.listTitle"));
        }
    }

    void overlay(long overlayId, OutputStream out) throws IOException {
        Overlay overlay = catalog.overlay(overlayId);
        CriteriaSet set = catalog.set(overlay.setId());
        Map<Long, List<Threshold>> national = byIndicator(catalog.nationalThresholds(set.id()));
        Map<Long, List<Threshold>> own = byIndicator(catalog.overlayThresholds(overlay));
        List<CatalogSheet.Slot> slots =
                slots(set, own.values().stream().flatMap(List::stream).toList());
        List<String> codes = CatalogSheet.columns(CatalogSheet.Kind.OVERLAY, slots);
        try (CatalogSheetWriter writer = new CatalogSheetWriter(
                CatalogSheet.Kind.OVERLAY, set.code(), overlay.id(), codes, labels(set, codes))) {
            for (Indicator i : set.indicators().filter(Indicator::measured).toList()) {
                Map<Integer, Object> row = new LinkedHashMap<>();
                put(row, codes, "code", i.code());
                put(row, codes, "textVi", i.textVi());
                put(row, codes, "measureUnit", i.measureUnit());
                put(row, codes, "comparison", i.comparison().symbol());
                put(
                        row,
                        codes,
                        "national",
                        national.getOrDefault(i.id(), List.of()).stream()
                                .map(t -> t.key() + (t.year() == null ? "" : " " + t.year()) + ": " + plain(t))
                                .collect(Collectors.joining("; ")));
                own.getOrDefault(i.id(), List.of()).forEach(t -> put(row, codes, slot(t).code(), t.value()));
                writer.row(row);
            }
            writer.finish(out, List.of(), messages.get(Messages.VIETNAMESE, "authoring.sheet.listTitle"));
        }
    }

    String setFileName(String setCode) {
        return "ntm-chi-tieu-" + setCode + ".xlsx";
    }

    String overlayFileName(long overlayId) {
        Overlay overlay = catalog.overlay(overlayId);
        return "ntm-bo-tieu-chi-tinh-" + overlay.provinceCode() + "-" + overlay.setCode() + ".xlsx";
    }

    /** Every key every year, then the single years that thresholds already have. */
    private List<CatalogSheet.Slot> slots(CriteriaSet set, List<Threshold> thresholds) {
        List<CatalogSheet.Slot> slots = new ArrayList<>();
        keyLabels(set).keySet().forEach(k -> slots.add(new CatalogSheet.Slot(k, null)));
        thresholds.stream()
                .filter(t -> t.year() != null)
                .map(CatalogTemplates::slot)
                .distinct()
                .sorted(Comparator.comparing(CatalogSheet.Slot::key).thenComparing(CatalogSheet.Slot::year))
                .forEach(slots::add);
        return slots;
    }

    /** Row 2 of the sheet: each column's name; a threshold column names its region or group (and year). */
    private List<String> labels(CriteriaSet set, List<String> codes) {
        return codes.stream().map(code -> label(set, code, Messages.VIETNAMESE)).toList();
    }

    /** The name of a column (or of a field the criteria module names the same way), in the reader's language. */
    String label(CriteriaSet set, String code) {
        return label(set, code, Messages.currentLocale());
    }

    /** "textVi", "threshold:2:2027", and for a threshold's own source "threshold:2.sourceDate". */
    private String label(CriteriaSet set, String code, Locale locale) {
        int dot = code.indexOf('.');
        String column = dot < 0 ? code : code.substring(0, dot);
        Map<String, String> keys = keyLabels(set, locale);
        String name = CatalogSheet.slot(column)
                .map(slot -> slot.year() == null
                        ? messages.get(locale, "authoring.sheet.threshold", keys.getOrDefault(slot.key(), slot.key()))
                        : messages.get(
                                locale,
                                "authoring.sheet.thresholdYear",
                                keys.getOrDefault(slot.key(), slot.key()),
                                String.valueOf(slot.year())))
                .orElseGet(() -> messages.get(locale, "authoring.sheet.column." + column));
        return dot < 0
                ? name
                : name + " – " + messages.get(locale, "authoring.sheet.column." + code.substring(dot + 1));
    }

    Map<String, String> keyLabels(CriteriaSet set) {
        return keyLabels(set, Messages.VIETNAMESE);
    }

    private Map<String, String> keyLabels(CriteriaSet set, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Threshold.ANY_KEY, messages.get(locale, "catalog.page.allKeys"));
        switch (set.keying()) {
            case REGION -> labels.putAll(attributes.allowedValues(UnitAttribute.REGION, locale));
            case COMMUNE_GROUP -> labels.putAll(attributes.allowedValues(UnitAttribute.COMMUNE_GROUP, locale));
            case NONE -> {}
        }
        return labels;
    }

    private static CatalogSheet.Slot slot(Threshold t) {
        return new CatalogSheet.Slot(t.key(), t.year());
    }

    private static void put(Map<Integer, Object> row, List<String> codes, String code, Object value) {
        int column = codes.indexOf(code);
        if (column >= 0 && value != null) {
            row.put(column, value);
        }
    }

    private String plain(Threshold t) {
        return numbers.format(t.value());
    }

    private static Map<Long, List<Threshold>> byIndicator(List<Threshold> thresholds) {
        return thresholds.stream().collect(Collectors.groupingBy(Threshold::indicatorId));
    }
}
