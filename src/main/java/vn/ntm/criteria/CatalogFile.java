package vn.ntm.criteria;

import java.time.LocalDate;
import java.util.List;

/**
 * The documented file format of sets and overlays (docs/criteria-file-format.md): JSON with snake_case names.
 * Numbers are strings so that "20,5" and "20.5" are both accepted and precision is never lost.
 */
final class CatalogFile {

    static final String SET_FORMAT = "ntm-criteria-set/1";
    static final String OVERLAY_FORMAT = "ntm-criteria-overlay/1";

    private CatalogFile() {}

    record SetFile(
            String format,
            String code,
            String nameVi,
            String nameEn,
            String level,
            Integer periodFrom,
            Integer periodTo,
            String legalReference,
            String keying,
            String especiallyDifficultKey,
            Integer declaredCriteria,
            Integer declaredIndicators,
            Boolean verified,
            String note,
            Boolean demo,
            List<String> unitTypes,
            List<BucketFile> buckets,
            List<CriterionFile> criteria) {}

    record BucketFile(Integer minMet, Integer maxMet, String labelVi, String labelEn) {}

    record CriterionFile(
            Integer number,
            String nameVi,
            String nameEn,
            String ownerBodyType,
            Boolean verified,
            List<IndicatorFile> indicators) {}

    /**
     * An indicator. {@code note} is the product's note a reader may see; {@code researchNote} is the maintainers'
     * research trail (addresses read, mirrors, doubts): kept in the file, never loaded nor shown.
     */
    record IndicatorFile(
            String code,
            String textVi,
            String textEn,
            String measureUnit,
            String kind,
            String comparison,
            String minValue,
            String maxValue,
            Boolean wordingVerified,
            String note,
            String sourceDocument,
            String sourceArticle,
            LocalDate sourceDate,
            String sourceUrl,
            List<ThresholdFile> thresholds,
            List<String> mapsFrom,
            String researchNote) {

        Citation citation() {
            return new Citation(sourceDocument, sourceArticle, sourceDate, sourceUrl);
        }
    }

    /**
     * A threshold; {@code indicator} is only used in overlay files, where thresholds are listed flat. {@code source}
     * is the document; its article, date and (official) link may follow.
     */
    record ThresholdFile(
            String indicator,
            String key,
            Integer year,
            String value,
            String source,
            String sourceArticle,
            LocalDate sourceDate,
            String sourceUrl,
            Boolean verified) {

        Citation citation(String defaultDocument) {
            return new Citation(
                    source == null || source.isBlank() ? defaultDocument : source,
                    sourceArticle,
                    sourceDate,
                    sourceUrl);
        }
    }

    /** The body a province assigns to verify a criterion, from its own decision. */
    record OwnerFile(
            Integer criterion,
            String bodyType,
            String sourceDocument,
            String sourceArticle,
            LocalDate sourceDate,
            String sourceUrl) {

        Citation citation() {
            return new Citation(sourceDocument, sourceArticle, sourceDate, sourceUrl);
        }
    }

    record OverlayFile(
            String format,
            String set,
            String provinceCode,
            LocalDate provinceOn,
            String decision,
            LocalDate decisionDate,
            String title,
            LocalDate validFrom,
            LocalDate validTo,
            Boolean demo,
            List<ThresholdFile> thresholds,
            List<OwnerFile> owners) {}
}
