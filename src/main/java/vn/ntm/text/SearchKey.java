package vn.ntm.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name used for searching: no diacritics, lower case, single spaces. "Thượng Lộ" (NFC or NFD),
 * "THUONG LO" and "thuong  lo" all give "thuong lo"; "Thanh Hóa" and "Thanh Hoá" give the same key.
 */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Typographic apostrophes and accents written for an apostrophe ("Ea H’Leo", "Ea H'leo"). */
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02BC`\u00B4]");

    private SearchKey() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(APOSTROPHES.matcher(decomposed).replaceAll("'"))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Text as stored: NFC, trimmed, inner spaces collapsed. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .trim();
    }
}
