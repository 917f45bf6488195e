package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.Objects;

/** A threshold as it is written: key, year, value, its citation and whether that source was verified. */
record ThresholdContent(String key, Integer year, BigDecimal value, Citation source, boolean verified) {

    ThresholdContent {
        key = key == null || key.isBlank() ? Threshold.ANY_KEY : key.trim();
        source = source == null ? Citation.NONE : source;
    }

    /** "1|2027" or "*|" : one threshold per key and year. */
    String slot() {
        return key + "|" + (year == null ? "" : year);
    }

    static String slot(Threshold t) {
        return t.key() + "|" + (t.year() == null ? "" : t.year());
    }

    boolean sameAs(Threshold t) {
        return slot().equals(slot(t))
                && IndicatorContent.same(value, t.value())
                && verified == t.verified()
                && source.equals(t.provenance().source());
    }

    static ThresholdContent of(Threshold t) {
        return new ThresholdContent(t.key(), t.year(), t.value(), t.provenance().source(), t.verified());
    }

    boolean sameValue(Threshold t) {
        return slot().equals(slot(t))
                && Objects.equals(value.stripTrailingZeros(), t.value().stripTrailingZeros());
    }
}
