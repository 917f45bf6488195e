package vn.ntm.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.text.Messages;

/** The answers of the security gates: problem+json for API callers, with the same fields as every API error. */
final class GateResponses {

    private GateResponses() {
    }

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

    /** Written as Spring MVC writes a problem: {@code code} at the top level, beside {@code detail}. */
    static void problem(HttpServletResponse response, HttpStatus status, String code, String title, String detail,
                        String path) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:ntm:problem:" + code);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", path);
        problem.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
    }
}
