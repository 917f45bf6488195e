package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.testing.NtmTest;

/**
 * The nginx set-up of docs/nginx.md, as written there, in front of the application with Debian's nginx and a
 * certificate of its own: plain HTTP is sent to https, over TLS the session cookie is Secure and HSTS is sent, the
 * sign-in audit names the client's address, and an Excel-sized upload reaches the application instead of nginx's
 * 413. Skipped, loudly, without the Debian packages {@code nginx} and {@code openssl}. Same application as
 * {@link CsrfOverHttpTest} (same properties: one start for both).
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=security_http")
class NginxSetUpTest {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");
    private static final Pattern SITE = Pattern.compile("```nginx\\n(.*?)```", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Path dir;
    Process nginx;
    int http;
    int https;
    HttpClient client;

    @BeforeEach
    void startNginx() throws Exception {
        boolean installed = Files.isExecutable(NGINX) && Files.isExecutable(OPENSSL);
        if (!installed) {
            System.err.println("!!!!! SKIPPED NginxSetUpTest: Debian packages 'nginx' and 'openssl' are needed !!!!!");
        }
        Assumptions.assumeTrue(installed, "Debian packages 'nginx' and 'openssl' are needed");
        dir = Files.createTempDirectory("ntm-nginx");
        dir.toFile().setWritable(true, false);
        dir.toFile().setExecutable(true, false);
        run(
                OPENSSL.toString(),
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost",
                "-keyout",
                dir.resolve("key.pem").toString(),
                "-out",
                dir.resolve("cert.pem").toString());
        http = freePort();
        https = freePort();
        Files.writeString(dir.resolve("nginx.conf"), configuration(), StandardCharsets.UTF_8);
        nginx = new ProcessBuilder(
                        NGINX.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        waitForPort(https);
        client = HttpClient.newBuilder()
                .sslContext(trusting(dir.resolve("cert.pem")))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterEach
    void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    /**
     * The site of docs/nginx.md with this test's ports and certificate; only what a test run needs around it
     * (files under a temporary directory, no IPv6 listener).
     */
    private String configuration() throws IOException {
        Matcher site = SITE.matcher(Files.readString(Path.of("docs/nginx.md")));
        assertThat(site.find()).as("an nginx block in docs/nginx.md").isTrue();
        String tested = site.group(1)
                .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + port + ";")
                .replace("listen 80;", "listen 127.0.0.1:" + http + ";")
                .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + https + " ssl http2;")
                .replaceAll("listen \\[::]:\\d+[^;]*;", "")
                .replaceAll("ssl_certificate +\\S+;", "ssl_certificate " + dir.resolve("cert.pem") + ";")
                .replaceAll("ssl_certificate_key +\\S+;", "ssl_certificate_key " + dir.resolve("key.pem") + ";");
        assertThat(tested).contains(String.valueOf(port), String.valueOf(https), "client_max_body_size");
        String temp = dir.toString();
        return "pid " + temp + "/nginx.pid;\nerror_log " + temp + "/error.log;\nevents {}\nhttp {\n"
                + "access_log " + temp + "/access.log;\nclient_body_temp_path " + temp + "/body;\n"
                + "proxy_temp_path " + temp + "/proxy;\nfastcgi_temp_path " + temp + "/fastcgi;\n"
                + "uwsgi_temp_path " + temp + "/uwsgi;\nscgi_temp_path " + temp + "/scgi;\n" + tested + "}\n";
    }

    @Test
    void plain_http_is_sent_to_https_where_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/login"))
                .GET());
        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location").orElseThrow()).startsWith("https://localhost");

        HttpResponse<String> login = send(at("/login").GET());
        assertThat(login.statusCode()).isEqualTo(200);
        String session = Http.sessionCookie(login).orElseThrow();
        assertThat(Http.attributes(session)).as(session).contains("secure", "httponly");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = send(at("/login")
                .header("Cookie", session.split(";")[0])
                .header("X-Forwarded-For", "198.51.100.9")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=tinh.hue&password=" + DemoUsers.PASSWORD + "&_csrf=" + Http.encode(token.group(1)))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                .doesNotStartWith("http:")
                .doesNotContain("error");
        assertThat(Http.attributes(Http.sessionCookie(signedIn).orElseThrow())).contains("secure");
        String address = jdbc.sql("""
                        select new_value from audit_log where entity_type = 'sign_in' and actor = 'tinh.hue'
                        order by id desc limit 1""").query(String.class).single();
        assertThat(address)
                .as("the client's address, through nginx's X-Forwarded-For")
                .isEqualTo("198.51.100.9");
    }

    @Test
    void an_upload_of_an_excel_files_size_reaches_the_application() throws Exception {
        // multipart, as the Excel screens send it: the application reads the whole body before it answers
        String boundary = "ntm-nginx-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tinh.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 20 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        long users = jdbc.sql("select count(*) from app_user").query(Long.class).single();

        HttpResponse<String> answer = send(at("/api/v1/users")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", Http.basic("admin", DemoUsers.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(answer.statusCode())
                .as("not nginx's 413: " + answer.body())
                .isNotEqualTo(413)
                .isBetween(400, 499);
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .as("answered by the application")
                .isPresent();
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(users);
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + https + path))
                .timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Trusts this test's certificate only, so TLS and the host name are checked as a browser checks them. */
    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry(
                    "nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private void waitForPort(int wanted) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", wanted)) {
                return;
            } catch (IOException notYet) {
                assertThat(nginx.isAlive())
                        .as(() -> "nginx stopped: " + read(dir.resolve("nginx.out")) + read(dir.resolve("error.log")))
                        .isTrue();
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx does not listen on " + wanted + ": " + read(dir.resolve("error.log")));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(String... command) throws Exception {
        Process p =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    }
}
