package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an indicator says, checked and parsed, as it is written: from a set file, a form or a sheet row. Two
 * contents are compared to tell an unchanged indicator (which keeps its provenance) from a changed one.
 */
record IndicatorContent(
        long criterionId,
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
        Citation source) {

    IndicatorContent {
        source = source == null ? Citation.NONE : source;
    }

    static IndicatorContent of(Indicator i) {
        return new IndicatorContent(
                i.criterionId(),
                i.code(),
                i.textVi(),
                i.textEn(),
                i.measureUnit(),
                i.kind(),
                i.comparison(),
                i.minValue(),
                i.maxValue(),
                i.wordingVerified(),
                i.note(),
                i.provenance().source());
    }

    boolean sameAs(Indicator i) {
        IndicatorContent other = of(i);
        return criterionId == other.criterionId
                && code.equals(other.code)
                && textVi.equals(other.textVi)
                && Objects.equals(textEn, other.textEn)
                && Objects.equals(measureUnit, other.measureUnit)
                && kind == other.kind
                && comparison == other.comparison
                && same(minValue, other.minValue)
                && same(maxValue, other.maxValue)
                && wordingVerified == other.wordingVerified
                && Objects.equals(note, other.note)
                && source.equals(other.source);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
