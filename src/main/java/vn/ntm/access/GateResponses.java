package vn.ntm.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import vn.ntm.text.Messages;

/** What the security gates need to know of a request before Spring MVC has read it. */
final class GateResponses {

    private GateResponses() {}

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    /** Path inside the application, without the context path. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The caller's language as the pages resolve it (these filters run before Spring MVC sets it). */
    static Locale locale(HttpServletRequest request, LocaleResolver resolver) {
        return resolver == null ? Messages.VIETNAMESE : resolver.resolveLocale(request);
    }
}
