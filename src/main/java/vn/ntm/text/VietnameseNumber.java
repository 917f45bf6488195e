package vn.ntm.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers as officers type them: {@code 20,5} (Vietnamese), {@code 20.5}, {@code 1.044.000},
 * {@code 1.044.000,5}, with an optional trailing {@code %}. One separator is a decimal point whichever it is; a
 * dot repeated in groups of three is a thousands separator. Anything else ({@code 20.5.3}, {@code abc}) is refused
 * rather than guessed.
 */
public final class VietnameseNumber {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    private VietnameseNumber() {
    }

    /** The number, or empty when the text is not one. Blank text is empty too; callers say which it was. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replace('\u00a0', ' ').replace(" ", "").replace('−', '-');
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (PLAIN.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(',', '.')));
        }
        if (GROUPED.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
        }
        return Optional.empty();
    }
}
