package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.testing.NtmTest;

/**
 * Sign-ins, refused attempts and lockouts in the audit log, made over real HTTP as a browser or an API client
 * makes them: what is recorded (action, address, the way in) does not depend on the words the sign-in page shows
 * for a refusal. Same application as {@link CsrfOverHttpTest} (same properties: one start for both).
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=security_http")
class SignInAuditTest {

    /** A demo account the other tests of this application do not sign in with. */
    private static final String USER = "so.yte.hue";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void unlock() {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ?")
                .param(USER)
                .update();
    }

    long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log")
                .query(Long.class)
                .single();
    }

    /** What was recorded about sign-ins after {@code since}, oldest first: "actor ACTION address way". */
    List<String> recordedSince(long since) {
        return jdbc.sql("""
                        select actor || ' ' || action || ' ' || coalesce(new_value, '-') || ' ' || coalesce(reason, '-')
                        from audit_log where entity_type = 'sign_in' and id > ? order by id""").param(since).query(String.class).list();
    }

    @Test
    void wrong_passwords_the_lockout_they_cause_and_an_attempt_while_locked_are_each_recorded() {
        Http http = new Http(port);
        long since = lastId();
        for (int i = 0; i < 5; i++) {
            assertThat(http.postLogin(USER, "sai-mat-khau-" + i)
                            .headers()
                            .firstValue("Location")
                            .orElse(""))
                    .contains("error");
        }
        HttpResponse<String> whileLocked = http.postLogin(USER, DemoUsers.PASSWORD);
        assertThat(whileLocked.headers().firstValue("Location").orElse(""))
                .as("locked: refused")
                .contains("error");

        String failed = USER + " SIGN_IN_FAILED 127.0.0.1 SIGN_IN_FORM";
        assertThat(recordedSince(since))
                .containsExactly(
                        failed,
                        failed,
                        failed,
                        failed,
                        failed,
                        USER + " LOCKED 127.0.0.1 SIGN_IN_FORM",
                        USER + " SIGN_IN_LOCKED 127.0.0.1 SIGN_IN_FORM");
        long unit = jdbc.sql("select unit_id from app_user where username = ?")
                .param(USER)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from audit_log where id > ? and unit_id = ? and entity_id = "
                                + "(select id from app_user where username = ?)")
                        .params(since, unit, USER)
                        .query(Long.class)
                        .single())
                .as("each entry under the account and its unit, so its province sees it")
                .isEqualTo(7);
    }

    @Test
    void a_name_no_account_has_is_recorded_as_typed_under_no_account() {
        Http http = new Http(port);
        long since = lastId();
        http.postLogin("  khong.co.ai  ", "mat-khau");

        assertThat(recordedSince(since)).containsExactly("khong.co.ai SIGN_IN_UNKNOWN 127.0.0.1 SIGN_IN_FORM");
        assertThat(jdbc.sql("select entity_id from audit_log where id > ? and entity_type = 'sign_in'")
                        .param(since)
                        .query(Long.class)
                        .single())
                .isEqualTo(SignInAudit.NO_ACCOUNT);
    }

    @Test
    void an_api_client_is_recorded_when_refused_and_when_it_succeeds_after_a_refusal_not_on_every_call() {
        Http http = new Http(port);
        long since = lastId();
        HttpRequest.Builder wrong = http.at("/api/v1/units").header("Authorization", Http.basic(USER, "sai"));
        assertThat(http.send(wrong.GET()).statusCode()).isEqualTo(401);
        HttpRequest.Builder right =
                http.at("/api/v1/units").header("Authorization", Http.basic(USER, DemoUsers.PASSWORD));
        assertThat(http.send(right.GET()).statusCode()).isEqualTo(200);
        assertThat(http.send(http.at("/api/v1/units")
                                .header("Authorization", Http.basic(USER, DemoUsers.PASSWORD))
                                .GET())
                        .statusCode())
                .isEqualTo(200);

        assertThat(recordedSince(since))
                .as("the second success follows no refusal")
                .containsExactly(
                        USER + " SIGN_IN_FAILED 127.0.0.1 SIGN_IN_API", USER + " SIGN_IN 127.0.0.1 SIGN_IN_API");
    }
}
