package vn.ntm.criteria;

import java.math.BigDecimal;

/**
 * An indicator (chỉ tiêu) such as 15.4 "Tỷ lệ dân số có sổ khám chữa bệnh điện tử". A measured one has a
 * comparison and the range its values may take (0-100 for a percentage); a qualitative one has neither.
 */
public record Indicator(long id, long criterionId, int criterionNumber, String code, String textVi, String textEn,
                        String measureUnit, IndicatorKind kind, Comparison comparison, BigDecimal minValue,
                        BigDecimal maxValue, boolean wordingVerified, String note, int sort) {

    public boolean measured() {
        return kind == IndicatorKind.MEASURED;
    }

    public String text(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && textEn != null ? textEn : textVi;
    }
}
