package vn.ntm.testing;

import java.math.BigDecimal;
import vn.ntm.criteria.Threshold;

/**
 * A threshold for a rule test: {@code ThresholdBuilder.national(indicatorId, source).key("TDMNPB").value("50")
 * .verified().build()}. The source is always given by the test (a threshold never comes without the document it is
 * read from); the key is {@code *} (every unit) unless told, no year unless told, not verified unless told.
 */
public final class ThresholdBuilder {

    private long id = 1;
    private final long indicatorId;
    private final Long overlayId;
    private final String source;
    private String key = Threshold.ANY_KEY;
    private Integer year;
    private BigDecimal value;
    private boolean verified;

    private ThresholdBuilder(long indicatorId, Long overlayId, String source) {
        this.indicatorId = indicatorId;
        this.overlayId = overlayId;
        this.source = source;
    }

    /** A threshold of the national set, read from {@code source}. */
    public static ThresholdBuilder national(long indicatorId, String source) {
        return new ThresholdBuilder(indicatorId, null, source);
    }

    /** A province's own threshold, in its overlay, read from {@code source}. */
    public static ThresholdBuilder overlay(long overlayId, long indicatorId, String source) {
        return new ThresholdBuilder(indicatorId, overlayId, source);
    }

    public ThresholdBuilder id(long value) {
        id = value;
        return this;
    }

    /** A region or commune group ({@code TDMNPB}, {@code 2}, ...), or {@code *}. */
    public ThresholdBuilder key(String value) {
        key = value;
        return this;
    }

    /** For this year only ({@code null}: every year). */
    public ThresholdBuilder year(Integer value) {
        year = value;
        return this;
    }

    public ThresholdBuilder value(String number) {
        value = new BigDecimal(number);
        return this;
    }

    public ThresholdBuilder verified(boolean value) {
        verified = value;
        return this;
    }

    public ThresholdBuilder verified() {
        return verified(true);
    }

    public Threshold build() {
        if (value == null) {
            throw new IllegalStateException("a threshold needs its value: value(\"50\")");
        }
        return new Threshold(id, indicatorId, overlayId, key, year, value, source, verified, 0);
    }
}
