package vn.ntm.criteria;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ntm.criteria.CatalogFile.BucketFile;
import vn.ntm.criteria.CatalogFile.CriterionFile;
import vn.ntm.criteria.CatalogFile.IndicatorFile;
import vn.ntm.criteria.CatalogFile.OverlayFile;
import vn.ntm.criteria.CatalogFile.SetFile;
import vn.ntm.criteria.CatalogFile.ThresholdFile;
import vn.ntm.text.VietnameseNumber;
import vn.ntm.unit.UnitType;

/**
 * The content of a checked set or overlay file as it will be stored and exported: defaults filled in (key "*",
 * source, verified flags), numbers written plainly ("20,50" → "20.5"), comparisons by name and lists in the order
 * the export writes them. Imports hash this form, so the same content is recognised however it was written, and
 * an exported file imported back changes nothing.
 */
final class CatalogCanonical {

    /** Thresholds of one indicator: by key, then the year (every-year last). */
    static final Comparator<ThresholdFile> THRESHOLD_ORDER = Comparator.comparing((ThresholdFile t) -> key(t.key()))
            .thenComparing(ThresholdFile::year, Comparator.nullsLast(Comparator.naturalOrder()));

    private CatalogCanonical() {}

    static SetFile set(SetFile f) {
        List<BucketFile> buckets = f.buckets() == null
                ? List.of()
                : f.buckets().stream()
                        .sorted(Comparator.comparing(BucketFile::minMet, Comparator.reverseOrder()))
                        .toList();
        List<CriterionFile> criteria = f.criteria().stream()
                .sorted(Comparator.comparing(CriterionFile::number))
                .map(c -> new CriterionFile(
                        c.number(),
                        c.nameVi(),
                        c.nameEn(),
                        c.ownerBodyType(),
                        flag(c.verified()),
                        c.indicators() == null
                                ? List.of()
                                : c.indicators().stream()
                                        .map(i -> indicator(i, f.legalReference()))
                                        .toList()))
                .toList();
        return new SetFile(
                f.format(),
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
                flag(f.verified()),
                f.note(),
                Boolean.TRUE.equals(f.demo()) ? Boolean.TRUE : null,
                unitTypeNames(f),
                buckets,
                criteria);
    }

    /** The unit types a file states, or its level's default when it says nothing; in the enumeration's order. */
    static List<String> unitTypeNames(SetFile f) {
        SetLevel level = SetLevel.valueOf(f.level().trim());
        List<UnitType> types = f.unitTypes() == null || f.unitTypes().isEmpty()
                ? UnitCoverage.defaults(level)
                : f.unitTypes().stream()
                        .map(t -> UnitType.valueOf(t.trim()))
                        .distinct()
                        .sorted()
                        .toList();
        return types.stream().map(Enum::name).toList();
    }

    private static IndicatorFile indicator(IndicatorFile i, String defaultSource) {
        IndicatorKind kind = IndicatorKind.valueOf(i.kind().trim());
        Comparison comparison = kind == IndicatorKind.MEASURED ? Comparison.parse(i.comparison()) : null;
        List<ThresholdFile> thresholds = i.thresholds() == null
                ? List.of()
                : i.thresholds().stream()
                        .map(t -> new ThresholdFile(
                                null,
                                key(t.key()),
                                t.year(),
                                plain(t.value()),
                                t.source() == null ? defaultSource : t.source(),
                                t.sourceArticle(),
                                t.sourceDate(),
                                t.sourceUrl(),
                                flag(t.verified())))
                        .sorted(THRESHOLD_ORDER)
                        .toList();
        return new IndicatorFile(
                i.code(),
                i.textVi(),
                i.textEn(),
                i.measureUnit(),
                kind.name(),
                comparison == null ? null : comparison.name(),
                plain(i.minValue()),
                plain(i.maxValue()),
                flag(i.wordingVerified()),
                i.note(),
                i.sourceDocument(),
                i.sourceArticle(),
                i.sourceDate(),
                i.sourceUrl(),
                thresholds,
                i.mapsFrom() == null || i.mapsFrom().isEmpty()
                        ? null
                        : i.mapsFrom().stream().sorted().toList(),
                null);
    }

    /** An overlay file of {@code set}, without {@code province_on} (only used to find the province). */
    static OverlayFile overlay(OverlayFile f, CriteriaSet set) {
        Map<String, Indicator> indicators =
                set.indicators().collect(Collectors.toMap(Indicator::code, Function.identity()));
        List<ThresholdFile> thresholds = f.thresholds() == null
                ? List.of()
                : f.thresholds().stream()
                        .map(t -> new ThresholdFile(
                                set.indicator(t.indicator()).orElseThrow().code(),
                                key(t.key()),
                                t.year(),
                                plain(t.value()),
                                t.source() == null || t.source().isBlank() ? f.decision() : t.source(),
                                t.sourceArticle(),
                                t.sourceDate(),
                                t.sourceUrl(),
                                flag(t.verified())))
                        .sorted(Comparator.comparing((ThresholdFile t) ->
                                        indicators.get(t.indicator()).sort())
                                .thenComparing(THRESHOLD_ORDER))
                        .toList();
        return new OverlayFile(
                f.format(),
                set.code(),
                f.provinceCode().trim(),
                null,
                f.decision().trim(),
                f.decisionDate(),
                f.title(),
                f.validFrom(),
                f.validTo(),
                Boolean.TRUE.equals(f.demo()) ? Boolean.TRUE : null,
                thresholds,
                owners(f));
    }

    /** Owner assignments by criterion number; none is the same as an empty list. */
    private static List<CatalogFile.OwnerFile> owners(OverlayFile f) {
        return f.owners() == null || f.owners().isEmpty()
                ? null
                : f.owners().stream()
                        .map(o -> new CatalogFile.OwnerFile(
                                o.criterion(),
                                o.bodyType().trim(),
                                o.sourceDocument(),
                                o.sourceArticle(),
                                o.sourceDate(),
                                o.sourceUrl()))
                        .sorted(Comparator.comparing(CatalogFile.OwnerFile::criterion))
                        .toList();
    }

    private static String key(String key) {
        return key == null ? Threshold.ANY_KEY : key;
    }

    private static Boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static String plain(String number) {
        return number == null
                ? null
                : VietnameseNumber.parse(number)
                        .orElseThrow()
                        .stripTrailingZeros()
                        .toPlainString();
    }
}
