package vn.ntm.plan.deadline;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a deadline made comparable before the grammar reads them: composed Unicode (a text pasted from Word
 * may come decomposed), lower case, "hàng" read as "hằng" (both spellings are in use), the bold and italic marks of
 * a pasted text ("***Trước ngày 30/4/2026.***") and trailing punctuation dropped, and a leading "Thời gian hoàn
 * thành:" or "Hạn:" left out.
 */
final class DeadlineWords {

    private static final Pattern MARKS = Pattern.compile("[*_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[\u2013\u2014\u2012]");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:thời gian hoàn thành|thời gian thực hiện|thời hạn hoàn thành|thời hạn|hạn)\\s*:\\s*|^hoàn thành\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;,:]+$");

    private DeadlineWords() {}

    static String normalise(String words) {
        String t = Normalizer.normalize(words == null ? "" : words, Normalizer.Form.NFC);
        t = t.toLowerCase(Locale.ROOT);
        t = MARKS.matcher(t).replaceAll(" ");
        t = DASHES.matcher(t).replaceAll("-");
        t = SPACES.matcher(t).replaceAll(" ").trim();
        t = t.replace("hàng", "hằng");
        String before;
        do {
            before = t;
            t = TRAILING.matcher(t).replaceAll("");
            t = LEADING.matcher(t).replaceFirst("").trim();
        } while (!t.equals(before));
        return t;
    }

    /** The words as the user wrote them, with the marks and spaces of a pasted text tidied, for printing. */
    static String kept(String words) {
        String t = Normalizer.normalize(words == null ? "" : words, Normalizer.Form.NFC);
        t = MARKS.matcher(t).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ").trim();
        return TRAILING.matcher(t).replaceAll("");
    }
}
