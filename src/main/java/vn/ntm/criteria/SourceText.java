package vn.ntm.criteria;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ntm.text.VietnameseDates;

/**
 * A source as a reader sees it: the citation (document, article, date) and a link only when the address is an
 * official government publication. The product's data keeps sources as {@link Citation}s (or, in shipped files,
 * as free text); this is what reaches a screen. Web addresses are never shown as text, and a note that follows an address
 * in parentheses (a researcher's "(… mirror; snippet under image …)") goes with it: research notes stay in the
 * catalog file for maintainers ({@code research_note}), this is the safety net for what reaches a screen.
 *
 * @param text the citation, e.g. "QĐ 318/QĐ-TTg ngày 08/3/2022, Phụ lục I, tiêu chí 15"; empty when nothing is left
 * @param link an official address (vanban.chinhphu.vn, congbao.chinhphu.vn, *.gov.vn…), or null
 */
public record SourceText(String text, String link) {

    /** Government portals whose pages are the official text: the Government's, the Official Gazette, *.gov.vn. */
    private static final List<String> OFFICIAL_HOSTS = List.of("chinhphu.vn", "gov.vn");

    private static final Pattern ADDRESS =
            Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s;,)]+[^\\s;,).]" + "(?:\\s*\\([^)]*\\))?");

    /** A citation as shown: "Quyết định 51/2025/QĐ-TTg, Phụ lục I, 29/12/2025", with its link if official. */
    public static SourceText of(Citation citation) {
        if (citation == null || citation.isEmpty()) {
            return new SourceText("", null);
        }
        SourceText document = of(citation.document());
        List<String> parts = new ArrayList<>();
        if (!document.text().isEmpty()) {
            parts.add(document.text());
        }
        if (citation.article() != null) {
            parts.add(citation.article());
        }
        if (citation.date() != null) {
            parts.add(VietnameseDates.format(citation.date()));
        }
        String link = citation.url() != null && isOfficial(citation.url()) ? citation.url() : document.link();
        return new SourceText(String.join(", ", parts), link);
    }

    public static SourceText of(String source) {
        if (source == null || source.isBlank()) {
            return new SourceText("", null);
        }
        String link = null;
        Matcher m = ADDRESS.matcher(source);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String address = m.group().replaceFirst("\\s*\\(.*$", "");
            if (link == null && isOfficial(address)) {
                link = address.startsWith("www.") ? "https://" + address : address;
            }
            m.appendReplacement(text, "");
        }
        m.appendTail(text);
        return new SourceText(tidy(text.toString()), link);
    }

    /** Whether an address is on an official government portal (never a bare IP address or a mirror). */
    public static boolean isOfficial(String address) {
        try {
            URI uri = URI.create(address.startsWith("www.") ? "https://" + address : address);
            String host = uri.getHost();
            if (host == null
                    || !"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                return false;
            }
            String h = host.toLowerCase(Locale.ROOT);
            return OFFICIAL_HOSTS.stream().anyMatch(o -> h.equals(o) || h.endsWith("." + o));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What is left once the addresses are gone: no dangling separators, brackets or doubled spaces. */
    private static String tidy(String text) {
        // "(theo <address>)" leaves "(theo )": a bracket holding only a connecting word goes too
        String t = text.replaceAll("(?iu)\\(\\s*(?:theo|xem|nguồn|tại|see|source|at)?\\s*:?\\s*\\)", " ")
                .replaceAll("\\s+", " ")
                .trim();
        t = t.replaceAll("\\s*([;,])(\\s*[;,])+", "$1").replaceAll("\\s+([;,.])", "$1");
        return t.replaceAll("^[;,\\s]+|[;,:\\s]+$", "");
    }
}
