package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.access.DemoUsers;
import vn.ntm.db.AuditLogProtections;

/**
 * The application against a real external PostgreSQL: Debian's server, started here as user {@code postgres} on
 * loopback with password authentication, prepared by {@code ./ntm db setup} (run as a process, as the README says)
 * and configured only through the settings it wrote: {@code SPRING_DATASOURCE_*} for the application's role,
 * {@code SPRING_FLYWAY_*} for the owner. The application's role cannot touch the audit log there either.
 */
class ExternalPostgresTest {

    private static final String ADMIN_PASSWORD = "mat-khau-quan-tri-may-chu";
    private static DebianPostgres server;
    private static Path dataDir;
    private static int port;

    @BeforeAll
    static void startServer() throws Exception {
        Path bin = DebianPostgres.installed();
        if (bin == null) {
            System.err.println(
                    "!!!!! SKIPPED ExternalPostgresTest: Debian package 'postgresql' is not installed !!!!!");
        }
        Assumptions.assumeTrue(bin != null, "Debian package 'postgresql' is not installed");
        dataDir = Files.createTempDirectory("ntm-external-pg");
        server = DebianPostgres.startWithPassword(bin, dataDir, ADMIN_PASSWORD);
        port = server.port();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void the_application_runs_on_an_external_postgresql_prepared_by_db_setup_with_an_owner_and_an_application_role()
            throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/ntm";
        Path envFile = dataDir.resolve("ntm.env");
        String[] setup = {
            "db", "setup", "--url=" + url, "--admin-user=postgres", "--password-stdin", "--env-file=" + envFile
        };
        String[] first = ntm(ADMIN_PASSWORD, setup);
        assertThat(first[0]).as(first[1]).isEqualTo("0");
        assertThat(first[1]).contains("Đã tạo vai trò ntm_owner", "Đã tạo vai trò ntm_app", "Đã tạo cơ sở dữ liệu ntm");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(envFile)))
                .isEqualTo("rw-------");
        Properties settings = new Properties();
        try (var in = Files.newBufferedReader(envFile)) {
            settings.load(in);
        }
        assertThat(settings)
                .containsEntry("SPRING_DATASOURCE_URL", url)
                .containsEntry("SPRING_DATASOURCE_USERNAME", "ntm_app")
                .containsEntry("SPRING_FLYWAY_USER", "ntm_owner");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NtmApplication.class)
                .properties(
                        "spring.datasource.url=" + settings.getProperty("SPRING_DATASOURCE_URL"),
                        "spring.datasource.username=" + settings.getProperty("SPRING_DATASOURCE_USERNAME"),
                        "spring.datasource.password=" + settings.getProperty("SPRING_DATASOURCE_PASSWORD"),
                        "spring.flyway.user=" + settings.getProperty("SPRING_FLYWAY_USER"),
                        "spring.flyway.password=" + settings.getProperty("SPRING_FLYWAY_PASSWORD"),
                        "server.port=0")
                .run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_setting('port')")
                            .query(String.class)
                            .single())
                    .isEqualTo(String.valueOf(port));
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(4);
            assertThat(jdbc.sql("select distinct installed_by from flyway_schema_history")
                            .query(String.class)
                            .list())
                    .containsExactly("ntm_owner");
            int httpPort = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                                            + "/api/v1/units/code/20185?date=2024-12-01"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(("admin:" + DemoUsers.PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Xã Thượng Lộ");
            assertThat(List.of(app.getEnvironment().getActiveProfiles())).isEmpty();
            AuditLogProtections.assertTheApplicationRoleCannotTamper(jdbc, "ntm_app");
        }

        String[] again = ntm(ADMIN_PASSWORD, "db", "setup", "--url=" + url, "--password-stdin");
        assertThat(again[0]).as(again[1]).isEqualTo("0");
        assertThat(again[1])
                .contains(
                        "Vai trò ntm_owner (chủ sở hữu, chạy migration) đã có: giữ nguyên mật khẩu",
                        "Cơ sở dữ liệu ntm đã có",
                        "# SPRING_DATASOURCE_PASSWORD: không đổi");
        String[] wrong = ntm("sai-mat-khau", "db", "setup", "--url=" + url, "--password-stdin");
        assertThat(wrong[0]).as(wrong[1]).isEqualTo("1");
        assertThat(wrong[1]).contains("LỖI: Không kết nối được cơ sở dữ liệu", "password authentication failed");
    }

    /** {@code ./ntm ARGS} as a process of the test's classpath with {@code stdin}; exit code and all output. */
    private static String[] ntm(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dntm.cli=true",
                NtmApplication.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write((stdin + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println("$ ntm " + String.join(" ", args) + "\n" + out);
        return new String[] {String.valueOf(p.exitValue()), out};
    }
}
