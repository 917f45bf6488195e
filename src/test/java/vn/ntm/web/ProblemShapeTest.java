package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.Messages;

/**
 * Every error of the API, whoever writes it (the security filters for 401 and a refused CSRF check, Spring before
 * any controller for 404, 405, 413, 415, a controller's refusal, an unexpected failure), is problem+json of one
 * shape, in Vietnamese by default and in English when the caller asks: real HTTP on a real server, so the filters
 * and the servlet container's upload limit take part.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "ntm.embedded-db.database=problem_shape",
            "spring.servlet.multipart.max-file-size=2KB",
            "spring.servlet.multipart.max-request-size=4KB"
        })
class ProblemShapeTest {

    /** An API endpoint that fails on purpose, for the 500 answer. */
    @TestConfiguration
    static class Failing {
        @Bean
        FailingApi failingApi() {
            return new FailingApi();
        }
    }

    @ApiController("/api/v1/test")
    static class FailingApi {
        @GetMapping("/failure")
        String fail() {
            throw new IllegalStateException("failure on purpose, internals must not be shown");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Messages messages;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    /** One error case: how to cause it, and the status and message key expected. */
    record Case(String name, int status, String code, HttpRequest.Builder request) {}

    String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    List<Case> cases() throws Exception {
        long value = jdbc.sql("select min(id) from assessment_value")
                .query(Long.class)
                .single();
        long admin = jdbc.sql("select id from app_user where username = 'admin'")
                .query(Long.class)
                .single();
        String session = signedInSession("xa.thuonglo");
        String bigFile = "ma,ten\n" + "x".repeat(6000) + "\n";
        String boundary = "----ntm-boundary";
        String multipart =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + bigFile + "\r\n--" + boundary + "--\r\n";
        return List.of(
                new Case(
                        "401 no credentials",
                        401,
                        "error.unauthenticated",
                        at("/api/v1/units").GET()),
                new Case(
                        "401 wrong password",
                        401,
                        "error.unauthenticated",
                        at("/api/v1/units")
                                .GET()
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("xa.camtrung:sai-mat-khau"
                                                                .getBytes(StandardCharsets.UTF_8)))),
                new Case(
                        "403 outside the scope",
                        403,
                        "error.scope.read",
                        at("/api/v1/users/" + admin).GET().header("Authorization", basic("xa.thuonglo"))),
                new Case(
                        "403 refused by the CSRF filter",
                        403,
                        "error.forbidden",
                        at("/api/v1/assessment-values/" + value + "/verify")
                                .header("Cookie", session)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":0}"))),
                new Case(
                        "404 no such address",
                        404,
                        "error.notFound",
                        at("/api/v1/khong-co").GET().header("Authorization", basic("admin"))),
                new Case(
                        "404 no such record",
                        404,
                        "error.unit.unknownCode",
                        at("/api/v1/units/code/99999").GET().header("Authorization", basic("admin"))),
                new Case(
                        "405 wrong method",
                        405,
                        "error.methodNotAllowed",
                        at("/api/v1/units").DELETE().header("Authorization", basic("admin"))),
                new Case(
                        "413 file over the limit",
                        413,
                        "error.fileTooLarge",
                        at("/api/v1/units/imports")
                                .header("Authorization", basic("admin"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(multipart))),
                new Case(
                        "415 before the controller",
                        415,
                        "error.unsupportedMediaType",
                        at("/api/v1/criteria/sets")
                                .header("Authorization", basic("admin"))
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("x"))),
                new Case(
                        "415 in the controller",
                        415,
                        "error.unsupportedMediaType",
                        at("/api/v1/assessment-values/" + value + "/verify")
                                .header("Authorization", basic("admin"))
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("x"))),
                new Case(
                        "500 unexpected failure",
                        500,
                        "error.internal",
                        at("/api/v1/test/failure").GET().header("Authorization", basic("admin"))));
    }

    @Test
    void every_api_error_is_problem_json_of_one_shape_in_the_callers_language() throws Exception {
        Set<String> shapes = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            Locale locale = lang.equals("vi") ? Messages.VIETNAMESE : Locale.ENGLISH;
            for (Case c : cases()) {
                HttpRequest.Builder request = c.request();
                if (lang.equals("en")) {
                    request.header("Accept-Language", "en");
                }
                HttpResponse<String> response =
                        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String where = c.name() + " (" + lang + ")";
                assertThat(response.statusCode())
                        .as(where + ": " + response.body())
                        .isEqualTo(c.status());
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as(where)
                        .startsWith("application/problem+json");
                JsonNode body = JsonMapper.shared().readTree(response.body());
                Map<String, Object> expected = new LinkedHashMap<>();
                expected.put("type", "urn:ntm:problem:" + c.code());
                expected.put("status", c.status());
                expected.put("code", c.code());
                expected.put(
                        "title",
                        messages.find(locale, "error.title." + c.status()).orElseThrow());
                for (var e : expected.entrySet()) {
                    if (!String.valueOf(e.getValue())
                            .equals(body.path(e.getKey()).asString())) {
                        failures.add(where + ": " + e.getKey() + " is " + body.path(e.getKey()) + ", expected "
                                + e.getValue());
                    }
                }
                String detail = body.path("detail").asString();
                if (!c.code().equals("error.unit.unknownCode") && !detail.equals(messages.get(locale, c.code()))) {
                    failures.add(where + ": detail " + detail);
                }
                assertThat(detail).as(where + ": no internals").doesNotContain("on purpose", "Exception");
                assertThat(body.path("instance").asString()).as(where).startsWith("/api/v1/");
                assertThat(body.has("properties"))
                        .as(where + ": code not nested")
                        .isFalse();
                List<String> keys = new ArrayList<>();
                body.properties().forEach(e -> keys.add(e.getKey()));
                keys.removeAll(List.of("field", "errors"));
                shapes.add(String.join(",", keys));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(shapes).as("one shape for every error").containsExactly(String.join(",", Problems.MEMBERS));
    }

    @Test
    void an_unauthenticated_call_is_told_how_to_sign_in() throws Exception {
        HttpResponse<String> response =
                http.send(at("/api/v1/units").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"ntm\"");
    }

    /** Signs in through the login form, as a browser does, and returns the session cookie. */
    private String signedInSession(String user) throws Exception {
        HttpResponse<String> login = http.send(at("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + user + "&password=" + DemoUsers.PASSWORD + "&_csrf=" + token.group(1);
        HttpResponse<String> signedIn = http.send(
                at("/login")
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return signedIn.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";")[0])
                .orElse(cookie);
    }
}
