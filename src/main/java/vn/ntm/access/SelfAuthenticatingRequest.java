package vn.ntm.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The only requests that may skip the CSRF check: those that authenticate themselves with HTTP Basic and use no
 * session. A forged cross-site request rides on the browser's session cookie; a request whose session is alive is
 * treated as cookie-authenticated whatever {@code Authorization} header comes with it (Basic, Bearer, garbage, a
 * wrong password for the session's own user, which HTTP Basic would not even check). Without a live session an
 * HTTP Basic request is either authenticated by its credentials or refused (401) before it changes anything.
 * The sign-in and sign-out forms always need the token: they are handled before HTTP Basic is read.
 */
final class SelfAuthenticatingRequest implements RequestMatcher {

    private static final String BASIC = "Basic ";

    @Override
    public boolean matches(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
        return basic && !usesSession(request) && !signInOrOut(request);
    }

    /** A session cookie (or id) that names a session still alive; a stale cookie authenticates nothing. */
    static boolean usesSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && request.isRequestedSessionIdValid();
    }

    private static boolean signInOrOut(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/login") || path.equals("/logout");
    }
}
