package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.access.DemoUsers;

/**
 * The application against a real external PostgreSQL: Debian's server, started here as user {@code postgres} on
 * loopback, configured only through {@code SPRING_DATASOURCE_*} properties, so that path stays true.
 */
class ExternalPostgresTest {

    private static Path bin;
    private static Path dataDir;
    private static int port;
    private static boolean root;

    @BeforeAll
    static void startServer() throws Exception {
        Path initdb;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            initdb = versions.map(v -> v.resolve("bin/initdb")).filter(Files::isExecutable).findFirst().orElse(null);
        } catch (IOException e) {
            initdb = null;
        }
        if (initdb == null) {
            System.err.println("!!!!! SKIPPED ExternalPostgresTest: Debian package 'postgresql' is not installed !!!!!");
        }
        Assumptions.assumeTrue(initdb != null, "Debian package 'postgresql' is not installed");
        bin = initdb.getParent();
        root = "root".equals(System.getProperty("user.name"));
        dataDir = Files.createTempDirectory("ntm-external-pg");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        if (root) {
            run("chown", "postgres", dataDir.toString());
        }
        runAsPostgres(bin.resolve("initdb") + " -A trust -U postgres -E UTF8 -D " + dataDir + "/db");
        runAsPostgres(bin.resolve("pg_ctl") + " -D " + dataDir + "/db -o '-p " + port
                + " -k /tmp -c listen_addresses=127.0.0.1' -l " + dataDir + "/log -w start");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (dataDir != null && bin != null) {
            runAsPostgres(bin.resolve("pg_ctl") + " -D " + dataDir + "/db -m fast -w stop");
        }
    }

    private static void runAsPostgres(String command) throws Exception {
        if (root) {
            run("su", "postgres", "-s", "/bin/sh", "-c", command);
        } else {
            run("sh", "-c", command);
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
    }

    @Test
    void the_application_runs_on_an_external_postgresql_given_by_spring_datasource_properties() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NtmApplication.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "spring.datasource.password=", "server.port=0")
                .run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_setting('port')").query(String.class).single())
                    .isEqualTo(String.valueOf(port));
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .isGreaterThanOrEqualTo(4);
            int httpPort = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + httpPort + "/api/v1/units/code/20185?date=2024-12-01"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Xã Thượng Lộ");
            assertThat(List.of(app.getEnvironment().getActiveProfiles())).isEmpty();
        }
    }
}
