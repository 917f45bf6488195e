package vn.ntm.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.errors.BusyException;
import vn.ntm.text.Messages;

/**
 * The one writer of error answers for API callers, used by the controllers' advice, the error pages' fallback and
 * the security filters (401, 403): {@code application/problem+json} with always the same members —
 * {@code type} ({@code urn:ntm:problem:<code>}), {@code title}, {@code status}, {@code detail}, {@code instance},
 * {@code code}, and where they apply {@code field} and {@code errors} ({@code [{field, message}]}) — in the
 * language of the request ({@link UserLanguageResolver}, asked directly, since a filter runs before Spring MVC
 * has set the request's language).
 */
@Component
public class Problems {

    /** The members every problem has, in the order they are written. */
    public static final List<String> MEMBERS = List.of("type", "title", "status", "detail", "instance", "code");

    private final Messages messages;
    private final LocaleResolver languages;

    Problems(Messages messages, LocaleResolver languages) {
        this.messages = messages;
        this.languages = languages;
    }

    /** The message of an error known only by its status (a wrong method, a server failure...). */
    public static String codeOf(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "error.badRequest";
            case 401 -> "error.unauthenticated";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 413 -> "error.fileTooLarge";
            case 415 -> "error.unsupportedMediaType";
            default -> status.is5xxServerError() ? "error.internal" : "error.other";
        };
    }

    /** One error of a request with several, e.g. one per form field. */
    public record FieldError(String field, String message) {}

    /** The answer to give a controller's caller. */
    public ResponseEntity<Map<String, Object>> answer(
            HttpServletRequest request,
            HttpStatus status,
            String code,
            Object[] args,
            String field,
            List<FieldError> errors) {
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            // busy or starting: the same request may be sent again after this many seconds
            answer.header("Retry-After", String.valueOf(BusyException.RETRY_AFTER_SECONDS));
        }
        return answer.body(body(request, status, code, args, field, errors));
    }

    public ResponseEntity<Map<String, Object>> answer(
            HttpServletRequest request, HttpStatus status, String code, Object... args) {
        return answer(request, status, code, args, null, List.of());
    }

    /** Writes the answer straight to the response (filters, before any controller). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        Map<String, Object> body = body(request, status, code, new Object[0], null, List.of());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(body));
    }

    /** A message of the request's language, for texts a caller builds before answering (field errors). */
    public String message(HttpServletRequest request, String key, Object... args) {
        return messages.get(locale(request), key, args);
    }

    Map<String, Object> body(
            HttpServletRequest request,
            HttpStatus status,
            String code,
            Object[] args,
            String field,
            List<FieldError> errors) {
        Locale locale = locale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:ntm:problem:" + code);
        body.put(
                "title",
                messages.find(locale, "error.title." + status.value())
                        .orElseGet(() -> messages.get(locale, "error.title.other", status.value())));
        body.put("status", status.value());
        body.put("detail", messages.get(locale, code, args));
        body.put("instance", path(request));
        body.put("code", code);
        if (field != null) {
            body.put("field", field);
        }
        if (!errors.isEmpty()) {
            body.put(
                    "errors",
                    errors.stream()
                            .map(e -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("field", e.field());
                                m.put("message", e.message());
                                return m;
                            })
                            .toList());
        }
        return body;
    }

    private Locale locale(HttpServletRequest request) {
        return languages.resolveLocale(request);
    }

    /** The address asked for, also when answering from the error dispatch (/error). */
    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }
}
