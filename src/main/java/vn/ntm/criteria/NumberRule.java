package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.ntm.errors.FieldProblem;
import vn.ntm.text.InputText;
import vn.ntm.text.VietnameseNumber;

/**
 * The digits and signs a number of one indicator may have, from its unit of measure ({@link NumberLimits}): at most
 * {@code integerDigits} before the decimal point and {@code fractionDigits} after it (trailing zeros not counted), a
 * percentage within 0-100, money and counts not negative. Values, national and provincial thresholds and an
 * indicator's range all obey it, so that no number the product stores is absurd ("a 15,001-digit income").
 */
public record NumberRule(MeasureKind kind, int integerDigits, int fractionDigits) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The problem of {@code value} typed on {@code field} for indicator {@code code}, if any. */
    public Optional<FieldProblem> check(String field, String code, BigDecimal value) {
        Optional<FieldProblem> digits = digits(field, code, value);
        if (digits.isPresent()) {
            return digits;
        }
        BigDecimal plain = value.stripTrailingZeros();
        String kindName = "input.measure." + kind.name();
        if (kind == MeasureKind.PERCENT && (plain.signum() < 0 || plain.compareTo(HUNDRED) > 0)) {
            return problem(field, "input.error.number.percent", InputText.label(field), code, plain);
        }
        if ((kind == MeasureKind.MONEY || kind == MeasureKind.COUNT) && plain.signum() < 0) {
            return problem(field, "input.error.number.negative", InputText.label(field), code, words(kindName));
        }
        return Optional.empty();
    }

    /** The problem of too many digits before or after the decimal point, if any (signs not looked at). */
    public Optional<FieldProblem> digits(String field, String code, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int fraction = Math.max(0, plain.scale());
        int integer = Math.max(0, plain.precision() - plain.scale());
        String kindName = "input.measure." + kind.name();
        if (integer > integerDigits) {
            return problem(
                    field,
                    "input.error.number.integerDigits",
                    InputText.label(field),
                    code,
                    integer,
                    integerDigits,
                    words(kindName));
        }
        if (fraction > fractionDigits) {
            return fractionDigits == 0
                    ? problem(field, "input.error.number.whole", InputText.label(field), code, words(kindName))
                    : problem(
                            field,
                            "input.error.number.fractionDigits",
                            InputText.label(field),
                            code,
                            fraction,
                            fractionDigits,
                            words(kindName));
        }
        return Optional.empty();
    }

    /**
     * The problem of a text that has the form of a number but is too long to be read at all
     * ({@link VietnameseNumber#MAX_LENGTH}): more digits than any indicator takes. Empty for any other text.
     */
    public Optional<FieldProblem> overlong(String field, String code, String text) {
        if (text == null || text.length() <= VietnameseNumber.MAX_LENGTH || !VietnameseNumber.isNumeral(text)) {
            return Optional.empty();
        }
        // the decimal point: the last comma, else a lone dot not followed by a group of three (as the reader reads)
        int point = text.lastIndexOf(',');
        int dot = text.indexOf('.');
        if (point < 0 && dot >= 0 && dot == text.lastIndexOf('.') && text.length() - dot - 1 != 3) {
            point = dot;
        }
        long integer = digitsIn(text, 0, point < 0 ? text.length() : point);
        long fraction = point < 0 ? 0 : digitsIn(text, point + 1, text.length());
        String kindName = "input.measure." + kind.name();
        if (integer > integerDigits || fraction <= fractionDigits) {
            return problem(
                    field,
                    "input.error.number.integerDigits",
                    InputText.label(field),
                    code,
                    integer,
                    integerDigits,
                    words(kindName));
        }
        return fractionDigits == 0
                ? problem(field, "input.error.number.whole", InputText.label(field), code, words(kindName))
                : problem(
                        field,
                        "input.error.number.fractionDigits",
                        InputText.label(field),
                        code,
                        fraction,
                        fractionDigits,
                        words(kindName));
    }

    private static long digitsIn(String text, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static Object words(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    private static Optional<FieldProblem> problem(String field, String key, Object... args) {
        return Optional.of(new FieldProblem(field, key, args));
    }
}
