package vn.ntm.criteria;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Indicator codes: "15.4", "17.10", "5.2a". Their form, and their order as numbers ("5.2" before "5.10"). */
final class IndicatorCodes {

    static final String PATTERN = "\\d{1,2}(\\.\\d{1,2}){0,2}[a-z]?";
    private static final Pattern PART = Pattern.compile("\\d+|[a-z]+");

    static final Comparator<String> ORDER = (a, b) -> {
        Matcher x = PART.matcher(a);
        Matcher y = PART.matcher(b);
        while (true) {
            boolean more = x.find();
            boolean moreOther = y.find();
            if (!more || !moreOther) {
                return Boolean.compare(more, moreOther);
            }
            String p = x.group();
            String q = y.group();
            boolean digits = Character.isDigit(p.charAt(0));
            boolean otherDigits = Character.isDigit(q.charAt(0));
            int c = digits && otherDigits
                    ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q))
                    : digits != otherDigits ? Boolean.compare(otherDigits, digits) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
    };

    private IndicatorCodes() {}

    static boolean valid(String code) {
        return code != null && code.matches(PATTERN);
    }
}
