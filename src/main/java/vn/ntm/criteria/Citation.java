package vn.ntm.criteria;

import java.time.LocalDate;

/**
 * Where an indicator, a threshold or an owner assignment comes from: the document (e.g. "Quyết định
 * 51/2025/QĐ-TTg"), the article or annex within it, the document's date, and a link only where it leads to an
 * official site. Blank parts are absent (null).
 */
public record Citation(String document, String article, LocalDate date, String url) {

    public static final Citation NONE = new Citation(null, null, null, null);

    public Citation {
        document = blankToNull(document);
        article = blankToNull(article);
        url = blankToNull(url);
    }

    /** A source is given when the document is named with its date: until then what it backs stays unverified. */
    public boolean complete() {
        return document != null && date != null;
    }

    public boolean isEmpty() {
        return document == null && article == null && date == null && url == null;
    }

    /** This citation, or {@code fallback} where this one is empty (a threshold inherits its indicator's source). */
    public Citation or(Citation fallback) {
        return isEmpty() ? fallback : this;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
