package vn.ntm.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;
import vn.ntm.text.Messages;

/**
 * Which language a request is answered in, one rule for pages, the API and errors written before any controller:
 * <ol>
 * <li>{@code ?lang=} in this request (saved to the signed-in user and in a cookie);</li>
 * <li>an API call ({@code /api/...}) that names Vietnamese or English in {@code Accept-Language}: a program asked;</li>
 * <li>the signed-in user's own setting, whatever the browser says or a cookie left by another user;</li>
 * <li>the language cookie (pages before signing in);</li>
 * <li>Vietnamese.</li>
 * </ol>
 * A browser's {@code Accept-Language} alone never turns a page into English.
 */
final class UserLanguageResolver implements LocaleResolver {

    static final String COOKIE = "ntm-lang";
    private static final String CHOSEN = UserLanguageResolver.class.getName() + ".chosen";
    private static final String USER = UserLanguageResolver.class.getName() + ".user";

    private final ObjectProvider<SignedInLanguage> users;

    UserLanguageResolver(ObjectProvider<SignedInLanguage> users) {
        this.users = users;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        if (isApi(request) && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            Optional<Locale> asked = Collections.list(request.getLocales()).stream()
                    .map(UserLanguageResolver::supported)
                    .flatMap(Optional::stream)
                    .findFirst();
            if (asked.isPresent()) {
                return asked.get();
            }
        }
        Optional<Locale> own = userSetting(request);
        if (own.isPresent()) {
            return own.get();
        }
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        if (cookie != null) {
            return supported(Locale.forLanguageTag(cookie.getValue())).orElse(Messages.VIETNAMESE);
        }
        return Messages.VIETNAMESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? Messages.VIETNAMESE : supported(locale).orElse(Messages.VIETNAMESE);
        request.setAttribute(CHOSEN, chosen);
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // an error page (a refused request forwarded to it) speaks the language asked but saves nothing: a
            // request refused by the CSRF check must change nothing, not even the account's language
            return;
        }
        SignedInLanguage language = users.getIfAvailable();
        if (language != null) {
            language.save(chosen);
        }
        if (response != null) {
            // Secure when served over TLS (behind a proxy too: X-Forwarded-Proto), like the session cookie
            response.addHeader(
                    HttpHeaders.SET_COOKIE,
                    ResponseCookie.from(COOKIE, chosen.getLanguage())
                            .path("/")
                            .maxAge(Duration.ofDays(365))
                            .httpOnly(true)
                            .sameSite("Lax")
                            .secure(request.isSecure())
                            .build()
                            .toString());
        }
    }

    /** The user's setting, read once per request (the resolver is asked several times while a page renders). */
    private Optional<Locale> userSetting(HttpServletRequest request) {
        Object cached = request.getAttribute(USER);
        if (cached instanceof Optional<?> known) {
            return known.map(Locale.class::cast);
        }
        SignedInLanguage language = users.getIfAvailable();
        Optional<Locale> own =
                language == null ? Optional.empty() : language.current().flatMap(UserLanguageResolver::supported);
        request.setAttribute(USER, own);
        return own;
    }

    /** Whether the request is (or, on the error dispatch, was) a call of the JSON API. */
    static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String o ? o : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }

    /** Vietnamese (vi-VN) or English, or empty for any other language. */
    private static Optional<Locale> supported(Locale locale) {
        return switch (locale.getLanguage()) {
            case "vi" -> Optional.of(Messages.VIETNAMESE);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }
}
