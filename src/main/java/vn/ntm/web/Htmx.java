package vn.ntm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages that htmx updates in place answer its requests with only the part that changes (less to send over a slow
 * line) and every other request with the whole page, so links, bookmarks and forms without JavaScript still work.
 */
public final class Htmx {

    private Htmx() {}

    /**
     * Whether to answer with the part of the page only. htmx restoring a page from history (back button, no cached
     * copy) asks for the whole page although it sends {@code HX-Request}. The answer varies by the header, so a
     * cache must not give the part to a plain request or the other way round.
     */
    public static boolean wantsPart(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
