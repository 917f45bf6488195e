package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.testing.NtmTest;

/**
 * CSRF over real HTTP (the servlet container's sessions and the whole filter chain take part): a change sent with
 * a live session cookie needs the token whatever {@code Authorization} header comes with it; only HTTP Basic
 * without a live session goes without it. Each refused change is shown to change nothing, and the same request
 * with the token to succeed, so the refusal is the CSRF check's.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=security_http")
class CsrfOverHttpTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
        jdbc.sql("update app_user set locale = 'vi', failed_attempts = 0, locked_until = null where username = 'admin'")
                .update();
    }

    /** The {@code Authorization} headers a forged or careless request may carry beside the session cookie. */
    static Stream<Arguments> authorizationBesideTheCookie() {
        return Stream.of(
                Arguments.of("no Authorization header", null),
                Arguments.of("HTTP Basic of the session's own user", Http.basic("admin", DemoUsers.PASSWORD)),
                Arguments.of("HTTP Basic of another user", Http.basic("tinh.hue", DemoUsers.PASSWORD)),
                Arguments.of("HTTP Basic with a wrong password", Http.basic("admin", "sai-mat-khau")),
                Arguments.of(
                        "HTTP Basic in lower case",
                        Http.basic("admin", DemoUsers.PASSWORD).replace("Basic", "basic")),
                Arguments.of("HTTP Basic with nothing after it", "Basic "),
                Arguments.of("a Bearer token", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"),
                Arguments.of("another scheme", "Negotiate YIIGhgYJKoZIhvcSAQICAQBuggZ1MIIGcaADAgEFoQMCAQ6iBwMF"),
                Arguments.of("garbage", "x"));
    }

    HttpRequest.Builder createUser(String name) {
        return http.at("/api/v1/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + name + "\",\"role\":\"VIEWER\",\"unitCode\":\"18742\"}"));
    }

    HttpRequest.Builder switchToEnglish() {
        return http.at("/account/language")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=en"));
    }

    boolean exists(String name) {
        return jdbc.sql("select exists(select 1 from app_user where username = ?)")
                .param(name)
                .query(Boolean.class)
                .single();
    }

    String adminLocale() {
        return jdbc.sql("select locale from app_user where username = 'admin'")
                .query(String.class)
                .single();
    }

    static String newName() {
        return "kiemthu.csrf" + NAMES.incrementAndGet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorizationBesideTheCookie")
    void a_change_with_a_live_session_cookie_and_no_token_is_refused_whatever_authorization_comes_with_it(
            String what, String authorization) {
        String session = http.signIn("admin", DemoUsers.PASSWORD);
        String name = newName();

        HttpRequest.Builder api = createUser(name).header("Cookie", session);
        HttpRequest.Builder page = switchToEnglish().header("Cookie", session);
        if (authorization != null) {
            api.header("Authorization", authorization);
            page.header("Authorization", authorization);
        }
        HttpResponse<String> apiAnswer = http.send(api);
        assertThat(apiAnswer.statusCode()).as(what + ": " + apiAnswer.body()).isEqualTo(403);
        assertThat(apiAnswer.body()).contains("\"code\":\"error.forbidden\"");
        assertThat(exists(name)).as("no user created").isFalse();
        HttpResponse<String> pageAnswer = http.send(page);
        // 401 for an unreadable Basic header: the refusal page (a forward through the filters) reads it again
        assertThat(pageAnswer.statusCode()).as(what).isEqualTo(what.contains("nothing after") ? 401 : 403);
        assertThat(adminLocale()).as("the language is not changed").isEqualTo("vi");

        // the same session with its token: the change goes through, so the refusal above was the CSRF check's
        String token = http.token(session);
        HttpResponse<String> created =
                http.send(createUser(name).header("Cookie", session).header("X-CSRF-TOKEN", token));
        assertThat(created.statusCode())
                .as(what + " with the token: " + created.body())
                .isEqualTo(200);
        assertThat(exists(name)).isTrue();
        HttpResponse<String> switched =
                http.send(switchToEnglish().header("Cookie", session).header("X-CSRF-TOKEN", token));
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(adminLocale()).isEqualTo("en");
    }

    @Test
    void an_api_client_with_http_basic_and_no_session_needs_no_token_and_is_given_no_session() {
        String name = newName();
        HttpResponse<String> created =
                http.send(createUser(name).header("Authorization", Http.basic("admin", DemoUsers.PASSWORD)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(exists(name)).isTrue();
        assertThat(Http.sessionCookie(created))
                .as("a session would make its next call need a token")
                .isEmpty();
    }

    @Test
    void http_basic_with_a_wrong_password_and_no_session_is_refused_before_it_changes_anything() {
        String name = newName();
        HttpResponse<String> refused =
                http.send(createUser(name).header("Authorization", Http.basic("admin", "sai-mat-khau")));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"code\":\"error.unauthenticated\"");
        assertThat(exists(name)).isFalse();
    }

    @Test
    void a_cookie_whose_session_has_ended_authenticates_nothing_so_http_basic_beside_it_needs_no_token() {
        String session = http.signIn("admin", DemoUsers.PASSWORD);
        HttpResponse<String> out = http.send(http.at("/logout")
                .header("Cookie", session)
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + Http.encode(http.token(session)))));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(http.send(http.at("/account").header("Cookie", session).GET())
                        .statusCode())
                .as("signed out")
                .isEqualTo(302);

        String name = newName();
        HttpResponse<String> alone = http.send(createUser(name).header("Cookie", session));
        assertThat(alone.statusCode()).as("the ended session alone").isIn(401, 403);
        assertThat(exists(name)).isFalse();
        HttpResponse<String> basic = http.send(createUser(name)
                .header("Cookie", session)
                .header("Authorization", Http.basic("admin", DemoUsers.PASSWORD)));
        assertThat(basic.statusCode()).as(basic.body()).isEqualTo(200);
        assertThat(exists(name)).isTrue();
    }

    @Test
    void the_sign_in_form_needs_its_token_even_with_http_basic_beside_it() {
        long signIns = signInsOfAdmin();
        HttpResponse<String> login = http.send(http.at("/login")
                .header("Authorization", Http.basic("admin", DemoUsers.PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + DemoUsers.PASSWORD)));
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(signInsOfAdmin()).as("nobody signed in").isEqualTo(signIns);
    }

    long signInsOfAdmin() {
        return jdbc.sql("select count(*) from audit_log where entity_type = 'sign_in' and action = 'SIGN_IN'"
                        + " and actor = 'admin'")
                .query(Long.class)
                .single();
    }
}
