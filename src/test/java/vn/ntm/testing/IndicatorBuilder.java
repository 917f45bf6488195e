package vn.ntm.testing;

import java.math.BigDecimal;
import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorKind;

/**
 * An indicator for a rule test, built by naming only what the test is about:
 * {@code IndicatorBuilder.measured("15.4").id(1).comparison(Comparison.LE).build()}. Unless told otherwise a
 * measured indicator is a percentage (0-100, "≥"), its criterion is the code's first number (id and number alike;
 * 0 when the code has none), its sort is its id, its text "Chỉ tiêu" and the code; a qualitative one has no unit,
 * comparison or range.
 */
public final class IndicatorBuilder {

    private long id = 1;
    private final String code;
    private final IndicatorKind kind;
    private int criterion;
    private Long criterionId;
    private String text;
    private String measureUnit;
    private Comparison comparison;
    private BigDecimal min;
    private BigDecimal max;
    private boolean wordingVerified;
    private Integer sort;

    private IndicatorBuilder(String code, IndicatorKind kind) {
        this.code = code;
        this.kind = kind;
        String first = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        this.criterion = first.matches("\\d{1,2}") ? Integer.parseInt(first) : 0;
        this.text = "Chỉ tiêu " + code;
        if (kind == IndicatorKind.MEASURED) {
            measureUnit = "%";
            comparison = Comparison.GE;
            min = BigDecimal.ZERO;
            max = new BigDecimal("100");
        }
    }

    public static IndicatorBuilder measured(String code) {
        return new IndicatorBuilder(code, IndicatorKind.MEASURED);
    }

    public static IndicatorBuilder qualitative(String code) {
        return new IndicatorBuilder(code, IndicatorKind.QUALITATIVE);
    }

    public IndicatorBuilder id(long value) {
        id = value;
        return this;
    }

    /** The criterion's number (and id, unless {@link #criterionId} says another). */
    public IndicatorBuilder criterion(int number) {
        criterion = number;
        return this;
    }

    public IndicatorBuilder criterionId(long value) {
        criterionId = value;
        return this;
    }

    public IndicatorBuilder text(String value) {
        text = value;
        return this;
    }

    public IndicatorBuilder measureUnit(String value) {
        measureUnit = value;
        return this;
    }

    public IndicatorBuilder comparison(Comparison value) {
        comparison = value;
        return this;
    }

    /** The values it may take; {@code null} for no bound on that side. */
    public IndicatorBuilder range(String lowest, String highest) {
        min = lowest == null ? null : new BigDecimal(lowest);
        max = highest == null ? null : new BigDecimal(highest);
        return this;
    }

    public IndicatorBuilder wordingVerified() {
        wordingVerified = true;
        return this;
    }

    public IndicatorBuilder sort(int value) {
        sort = value;
        return this;
    }

    public Indicator build() {
        return new Indicator(
                id,
                criterionId == null ? criterion : criterionId,
                criterion,
                code,
                text,
                null,
                measureUnit,
                kind,
                comparison,
                min,
                max,
                wordingVerified,
                null,
                sort == null ? (int) id : sort);
    }
}
