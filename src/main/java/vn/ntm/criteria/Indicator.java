package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * An indicator (chỉ tiêu) such as 15.4 "Tỷ lệ dân số có sổ khám chữa bệnh điện tử". A measured one has a
 * comparison and the range its values may take (0-100 for a percentage); a qualitative one has neither. Its
 * provenance says whether the product shipped it or who entered it, and from which document. {@code numbers} is the
 * rule of digits its unit of measure gives its values and thresholds ({@link NumberLimits}).
 */
public record Indicator(
        long id,
        long criterionId,
        int criterionNumber,
        String code,
        String textVi,
        String textEn,
        String measureUnit,
        IndicatorKind kind,
        Comparison comparison,
        BigDecimal minValue,
        BigDecimal maxValue,
        boolean wordingVerified,
        String note,
        int sort,
        int version,
        Provenance provenance,
        NumberRule numbers) {

    public Indicator {
        provenance = provenance == null ? Provenance.shipped(Citation.NONE) : provenance;
        numbers = numbers == null ? NumberLimits.DEFAULTS.ruleFor(measureUnit) : numbers;
    }

    /** An indicator as the product ships it (tests and files). */
    public Indicator(
            long id,
            long criterionId,
            int criterionNumber,
            String code,
            String textVi,
            String textEn,
            String measureUnit,
            IndicatorKind kind,
            Comparison comparison,
            BigDecimal minValue,
            BigDecimal maxValue,
            boolean wordingVerified,
            String note,
            int sort) {
        this(
                id,
                criterionId,
                criterionNumber,
                code,
                textVi,
                textEn,
                measureUnit,
                kind,
                comparison,
                minValue,
                maxValue,
                wordingVerified,
                note,
                sort,
                0,
                null,
                null);
    }

    public boolean measured() {
        return kind == IndicatorKind.MEASURED;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) && textEn != null ? textEn : textVi;
    }
}
