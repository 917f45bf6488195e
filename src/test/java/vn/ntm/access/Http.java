package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP to the running application, as a browser or an API client sends it: no cookie jar and no redirects
 * followed, so each test says exactly which cookie and which headers go with a request.
 */
final class Http {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final List<String> SESSION_COOKIES = List.of("JSESSIONID", "SESSION");

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    Http(int port) {
        this.port = port;
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Set-Cookie} header that sets a cookie, attributes included. */
    static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst();
    }

    /**
     * The {@code Set-Cookie} header of the session cookie: the servlet container's {@code JSESSIONID}, or Spring
     * Session's {@code SESSION} when sessions are kept in the database.
     */
    static Optional<String> sessionCookie(HttpResponse<?> response) {
        return SESSION_COOKIES.stream()
                .map(name -> setCookie(response, name))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The attributes of a {@code Set-Cookie} header, lower case ("secure", "httponly", "samesite=lax"). */
    static List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";"))
                .skip(1)
                .map(a -> a.trim().toLowerCase())
                .toList();
    }

    /** The sign-in form's token and the cookie of the (anonymous) session it belongs to. */
    record Form(String cookie, String token) {}

    Form loginForm(String... headers) {
        HttpRequest.Builder get = at("/login").GET();
        for (int i = 0; i < headers.length; i += 2) {
            get.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> login = send(get);
        String cookie = sessionCookie(login).orElseThrow().split(";")[0];
        return new Form(cookie, tokenIn(login.body()));
    }

    /** Posts the sign-in form, as a browser does, with extra headers (e.g. those a proxy adds). */
    HttpResponse<String> postLogin(String user, String password, String... headers) {
        Form form = loginForm(headers);
        HttpRequest.Builder post = at("/login")
                .header("Cookie", form.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)
                        + "&_csrf=" + encode(form.token())));
        for (int i = 0; i < headers.length; i += 2) {
            post.header(headers[i], headers[i + 1]);
        }
        return send(post);
    }

    /** Signs in on the form and returns the session cookie ({@code JSESSIONID=…} or {@code SESSION=…}). */
    String signIn(String user, String password) {
        HttpResponse<String> signedIn = postLogin(user, password);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return sessionCookie(signedIn).orElseThrow().split(";")[0];
    }

    /** The CSRF token of a signed-in session, as its pages carry it. */
    String token(String cookie) {
        HttpResponse<String> page = send(at("/account").header("Cookie", cookie).GET());
        assertThat(page.statusCode()).as("the session is signed in").isEqualTo(200);
        return tokenIn(page.body());
    }

    private static String tokenIn(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
