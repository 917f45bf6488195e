package vn.ntm.scope;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's conversation with the running application over real HTTP: it signs in through the login form,
 * keeps its cookies (whatever carries the session), and sends every state change with the session's CSRF token, as
 * a form field for pages and as the {@code X-CSRF-TOKEN} header for the JSON API (as the screens' scripts do). An
 * anonymous session has only the token the sign-in page gave it.
 */
final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    final String user;
    private final String base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private String csrf;

    private Session(String base, String user) {
        this.base = base;
        this.user = user;
    }

    /** A request: the method, the path with its query, and a body (null: none) of a content type. */
    record Req(String method, String path, String contentType, byte[] body, boolean page) {

        static Req get(String path) {
            return new Req("GET", path, null, null, false);
        }

        static Req json(String method, String path, String json) {
            return new Req(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), false);
        }

        static Req api(String method, String path) {
            return new Req(method, path, null, null, false);
        }

        /** A form post of a page: fields urlencoded (the CSRF token is added when sent). */
        static Req form(String path, Map<String, ?> fields) {
            return new Req(
                    "POST",
                    path,
                    "application/x-www-form-urlencoded",
                    urlencoded(fields).getBytes(StandardCharsets.UTF_8),
                    true);
        }

        /** A multipart post (a file field named {@code file}); {@code page} says whether a page or the API. */
        static Req multipart(String path, Map<String, ?> fields, String fileName, byte[] file, boolean page) {
            return new Req("POST", path, Multipart.TYPE, Multipart.encode(fields, fileName, file), page);
        }

        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The answer: status, where a redirect points, the content type and the text of the body. */
    record Answer(int status, String location, String contentType, String body) {

        boolean success() {
            return status >= 200 && status < 300
                    || status >= 300
                            && status < 400
                            && location != null
                            && !location.contains("/login")
                            && !location.contains("/error");
        }

        @Override
        public String toString() {
            return status + (location == null ? "" : " → " + location);
        }
    }

    static Session anonymous(String base) {
        Session session = new Session(base, null);
        session.csrf = session.token(session.send(Req.get("/login")).body());
        return session;
    }

    /** Signs in through the login form as a browser does; fails loudly when the sign-in is refused. */
    static Session signIn(String base, String user, String password) {
        Session session = anonymous(base);
        Answer signedIn = session.send(Req.form("/login", Map.of("username", user, "password", password)));
        if (signedIn.status() != 302
                || signedIn.location() == null
                || signedIn.location().contains("error")) {
            throw new IllegalStateException("sign-in of " + user + " refused: " + signedIn);
        }
        Session named = new Session(base, user);
        named.cookies.putAll(session.cookies);
        // the token changes at sign-in: read the new one from a page of the signed-in user
        named.csrf = named.token(named.send(Req.get("/account")).body());
        return named;
    }

    Answer send(Req req) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + req.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "vi");
        request.header(
                "Accept",
                req.path().startsWith("/api/") || req.path().startsWith("/v3/") ? "application/json" : "text/html");
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .toList()));
        }
        byte[] body = req.body();
        if (req.writes() && csrf != null) {
            if (req.page()) {
                body = withToken(req, body);
            } else {
                request.header("X-CSRF-TOKEN", csrf);
            }
        }
        if (req.contentType() != null) {
            request.header("Content-Type", req.contentType());
        }
        request.method(
                req.method(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                keep(cookie);
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            String text = type.startsWith("application/vnd.openxmlformats") || type.startsWith("application/octet")
                    ? "<" + response.body().length + " bytes>"
                    : new String(response.body(), StandardCharsets.UTF_8);
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    type,
                    text);
        } catch (IOException e) {
            throw new IllegalStateException(req + " as " + user + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw bytes of a download (a template), for uploads made from it. */
    byte[] download(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        request.header(
                "Cookie",
                String.join(
                        "; ",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .toList()));
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " as " + user + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        boolean expired = setCookie.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty();
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private String token(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page for " + user);
        }
        return m.group(1);
    }

    private byte[] withToken(Req req, byte[] body) {
        if (Multipart.TYPE.equals(req.contentType())) {
            return Multipart.withField(body, "_csrf", csrf);
        }
        String fields = body == null || body.length == 0 ? "" : new String(body, StandardCharsets.UTF_8) + "&";
        return (fields + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    static String urlencoded(Map<String, ?> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((name, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            for (Object v : values) {
                if (!b.isEmpty()) {
                    b.append('&');
                }
                b.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
            }
        });
        return b.toString();
    }

    /** multipart/form-data with a fixed boundary, so a field can be added after the body is built. */
    static final class Multipart {

        static final String BOUNDARY =
                "ntm-matrix-" + UUID.nameUUIDFromBytes("ntm".getBytes()).toString();
        static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

        static byte[] encode(Map<String, ?> fields, String fileName, byte[] file) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Object> ordered = new LinkedHashMap<>(fields);
            ordered.forEach((name, value) -> field(out, name, String.valueOf(value)));
            if (file != null) {
                write(
                        out,
                        "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
                out.writeBytes(file);
                write(out, "\r\n");
            }
            write(out, "--" + BOUNDARY + "--\r\n");
            return out.toByteArray();
        }

        static byte[] withField(byte[] body, String name, String value) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            field(out, name, value);
            out.writeBytes(body);
            return out.toByteArray();
        }

        private static void field(ByteArrayOutputStream out, String name, String value) {
            write(
                    out,
                    "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                            + "\r\n");
        }

        private static void write(ByteArrayOutputStream out, String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
