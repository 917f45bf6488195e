package vn.ntm.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The details of an attempt made with HTTP Basic, so the sign-in audit names the way in from the attempt itself:
 * the request path does not tell, as a refused sign-in form forwarded to its 403 page is read there by HTTP Basic
 * while the request still shows {@code /login}.
 */
final class ApiSignInDetails extends WebAuthenticationDetails {

    private ApiSignInDetails(HttpServletRequest request) {
        super(request);
    }

    static AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> source() {
        return ApiSignInDetails::new;
    }
}
