package vn.ntm.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.criteria.CatalogFile.BucketFile;
import vn.ntm.criteria.CatalogFile.CriterionFile;
import vn.ntm.criteria.CatalogFile.IndicatorFile;
import vn.ntm.criteria.CatalogFile.OverlayFile;
import vn.ntm.criteria.CatalogFile.SetFile;
import vn.ntm.criteria.CatalogFile.ThresholdFile;

/** Writes sets and overlays in the same file format the imports read, so a file round-trips unchanged. */
@Service
@Transactional(readOnly = true)
public class CatalogExport {

    private final Catalog catalog;

    CatalogExport(Catalog catalog) {
        this.catalog = catalog;
    }

    public byte[] exportSet(String code) {
        CriteriaSet set = catalog.set(code);
        Map<Long, List<Threshold>> thresholds =
                catalog.nationalThresholds(set.id()).stream().collect(Collectors.groupingBy(Threshold::indicatorId));
        Map<Long, List<String>> sources = catalog.sources(set.id());
        List<CriterionFile> criteria = set.criteria().stream()
                .map(c -> new CriterionFile(
                        c.number(),
                        c.nameVi(),
                        c.nameEn(),
                        c.ownerBodyType(),
                        c.verified(),
                        c.indicators().stream()
                                .map(i -> indicator(
                                        i,
                                        thresholds.getOrDefault(i.id(), List.of()),
                                        sources.getOrDefault(i.id(), List.of())))
                                .toList()))
                .toList();
        List<BucketFile> buckets = set.buckets().stream()
                .map(b -> new BucketFile(b.minMet(), b.maxMet(), b.labelVi(), b.labelEn()))
                .toList();
        return CatalogJson.write(new SetFile(
                CatalogFile.SET_FORMAT,
                set.code(),
                set.nameVi(),
                set.nameEn(),
                set.level().name(),
                set.periodFrom(),
                set.periodTo(),
                set.legalReference(),
                set.keying().name(),
                set.especiallyDifficultKey(),
                set.declaredCriteria(),
                set.declaredIndicators(),
                set.verified(),
                set.note(),
                set.demo() ? Boolean.TRUE : null,
                set.unitTypes().stream().map(Enum::name).toList(),
                buckets,
                criteria));
    }

    public byte[] exportOverlay(long id) {
        Overlay overlay = catalog.overlay(id);
        CriteriaSet set = catalog.set(overlay.setId());
        Map<Long, String> codes = set.indicators().collect(Collectors.toMap(Indicator::id, Indicator::code));
        Map<String, Integer> sort = set.indicators().collect(Collectors.toMap(Indicator::code, Indicator::sort));
        List<ThresholdFile> thresholds = catalog.overlayThresholds(overlay).stream()
                .map(t -> threshold(codes.get(t.indicatorId()), t))
                .sorted(Comparator.comparing((ThresholdFile t) -> sort.get(t.indicator()))
                        .thenComparing(CatalogCanonical.THRESHOLD_ORDER))
                .toList();
        LocalDate provinceOn = overlay.validFrom().isBefore(overlay.provinceValidFrom())
                ? overlay.provinceValidFrom()
                : overlay.validFrom();
        return CatalogJson.write(new OverlayFile(
                CatalogFile.OVERLAY_FORMAT,
                set.code(),
                overlay.provinceCode(),
                provinceOn,
                overlay.decision(),
                overlay.decisionDate(),
                overlay.title(),
                overlay.validFrom(),
                overlay.validTo(),
                overlay.demo() ? Boolean.TRUE : null,
                thresholds,
                owners(overlay)));
    }

    private List<CatalogFile.OwnerFile> owners(Overlay overlay) {
        List<CatalogFile.OwnerFile> owners = catalog.owners(overlay).stream()
                .map(o -> new CatalogFile.OwnerFile(
                        o.criterionNumber(),
                        o.bodyType(),
                        o.provenance().source().document(),
                        o.provenance().source().article(),
                        o.provenance().source().date(),
                        o.provenance().source().url()))
                .toList();
        return owners.isEmpty() ? null : owners;
    }

    private static ThresholdFile threshold(String indicator, Threshold t) {
        Citation c = t.provenance().source();
        return new ThresholdFile(
                indicator,
                t.key(),
                t.year(),
                plain(t.value()),
                t.source(),
                c.article(),
                c.date(),
                c.url(),
                t.verified());
    }

    private static IndicatorFile indicator(Indicator i, List<Threshold> thresholds, List<String> sources) {
        Citation source = i.provenance().source();
        return new IndicatorFile(
                i.code(),
                i.textVi(),
                i.textEn(),
                i.measureUnit(),
                i.kind().name(),
                i.comparison() == null ? null : i.comparison().name(),
                plain(i.minValue()),
                plain(i.maxValue()),
                i.wordingVerified(),
                i.note(),
                source.document(),
                source.article(),
                source.date(),
                source.url(),
                thresholds.stream()
                        .map(t -> threshold(null, t))
                        .sorted(CatalogCanonical.THRESHOLD_ORDER)
                        .toList(),
                sources.isEmpty() ? null : sources,
                null);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
