package vn.ntm.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers as officers type them: {@code 20,5} (Vietnamese), {@code 20.5}, {@code 1.044.000},
 * {@code 1.044.000,5}, with an optional trailing {@code %}. One separator is a decimal point whichever it is; a
 * dot repeated in groups of three is a thousands separator. Anything else ({@code 20.5.3}, {@code abc}) is refused
 * rather than guessed. A text longer than {@link #MAX_LENGTH} characters is not read (reading a number of millions of
 * digits would hold the server for minutes); {@link #isNumeral} still tells whether it had the form of a number, so
 * that the caller can say it has too many digits.
 */
public final class VietnameseNumber {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    /** Longer than any number an indicator takes (a few dozen digits): such text is not read as a number. */
    public static final int MAX_LENGTH = 1000;

    private VietnameseNumber() {}

    /**
     * Whether the text is made of digits and separators only (with a leading minus), however long: what a number too
     * long to be read looks like. Scanned, not matched, so that a text of millions of characters costs nothing.
     */
    public static boolean isNumeral(String text) {
        String s = bare(text);
        if (s == null || s.isEmpty()) {
            return false;
        }
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start >= s.length() || !Character.isDigit(s.charAt(start))) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** The number, or empty when the text is not one. Blank text is empty too; callers say which it was. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = bare(text);
        if (PLAIN.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(',', '.')));
        }
        if (GROUPED.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
        }
        return Optional.empty();
    }

    /** Without spaces and a trailing %, with a typographic minus as '-'. */
    private static String bare(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace('\u00a0', ' ').replace(" ", "").replace('−', '-');
        return s.endsWith("%") ? s.substring(0, s.length() - 1) : s;
    }
}
