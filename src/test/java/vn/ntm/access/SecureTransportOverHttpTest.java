package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.testing.NtmTest;

/**
 * Behind a TLS proxy (nginx on the same machine or the private network, docs/nginx.md), as the application sees
 * it over real HTTP: the proxy says {@code X-Forwarded-Proto: https} and {@code X-Forwarded-For}; the session and
 * language cookies are then {@code Secure}, HSTS is sent and redirects stay on https. Over plain HTTP (a first
 * installation without a proxy) neither, or the browser would refuse the cookie and lock itself out of the site.
 * The content security policy allows no inline script or style on any answer. Same application as
 * {@link CsrfOverHttpTest} (same properties: one start for both).
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=security_http")
class SecureTransportOverHttpTest {

    /** What nginx adds in docs/nginx.md; the test connects from 127.0.0.1, a trusted proxy's address. */
    private static final String[] BEHIND_TLS = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_hsts_is_sent_and_the_redirect_stays_on_https() {
        Http http = new Http(port);
        HttpResponse<String> signedIn = http.postLogin("tinh.hue", DemoUsers.PASSWORD, BEHIND_TLS);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        String session = Http.sessionCookie(signedIn).orElseThrow();
        assertThat(Http.attributes(session)).as(session).contains("secure", "httponly", "samesite=lax");
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                .as("no step down to http")
                .doesNotStartWith("http:");

        HttpResponse<String> english = http.send(
                http.at("/login?lang=en").header(BEHIND_TLS[0], BEHIND_TLS[1]).GET());
        assertThat(Http.attributes(Http.setCookie(english, "ntm-lang").orElseThrow()))
                .contains("secure", "httponly");
        assertThat(english.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void over_plain_http_no_cookie_is_secure_and_no_hsts_is_sent() {
        Http http = new Http(port);
        HttpResponse<String> signedIn = http.postLogin("tinh.hue", DemoUsers.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        String session = Http.sessionCookie(signedIn).orElseThrow();
        assertThat(Http.attributes(session)).as(session).contains("httponly").doesNotContain("secure");
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> english = http.send(http.at("/login?lang=en").GET());
        assertThat(Http.attributes(Http.setCookie(english, "ntm-lang").orElseThrow()))
                .doesNotContain("secure");
        assertThat(english.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_sign_in_audit_names_the_users_address_given_by_the_proxy_not_the_proxys_own() {
        Http http = new Http(port);
        http.postLogin("xa.thuonglo", "sai-mat-khau", BEHIND_TLS);
        http.postLogin("xa.thuonglo", DemoUsers.PASSWORD, BEHIND_TLS);
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = 'xa.thuonglo'")
                .update();

        List<String> recorded = jdbc.sql("""
                        select action || ' ' || new_value || ' ' || reason from audit_log
                        where entity_type = 'sign_in' and actor = 'xa.thuonglo' order by id desc limit 2""").query(String.class).list();
        assertThat(recorded)
                .containsExactly("SIGN_IN 203.0.113.7 SIGN_IN_FORM", "SIGN_IN_FAILED 203.0.113.7 SIGN_IN_FORM");
    }

    @Test
    void the_content_security_policy_allows_no_inline_script_or_style_on_pages_the_api_or_errors() {
        Http http = new Http(port);
        String session = http.signIn("admin", DemoUsers.PASSWORD);
        for (String path : List.of("/login", "/", "/admin/sign-ins", "/khong-co-trang-nay", "/api/v1/users")) {
            HttpResponse<String> answer =
                    http.send(http.at(path).header("Cookie", session).GET());
            String policy =
                    answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy)
                    .as(path)
                    .isNotEmpty()
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(directive(policy, "script-src")).as(path).isEqualTo("'self'");
            assertThat(directive(policy, "style-src")).as(path).isEqualTo("'self'");
            assertThat(directive(policy, "default-src")).as(path).isEqualTo("'self'");
        }
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            String trimmed = directive.trim();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length()).trim();
            }
        }
        return "";
    }
}
