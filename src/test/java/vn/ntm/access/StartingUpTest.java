package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import vn.ntm.NtmApplication;

/**
 * The web server answers while start-up work is still running: sign-in and pages say "the system is starting"
 * (503), never "wrong password"; the readiness probe says OUT_OF_SERVICE and liveness UP. Start-up is held here by
 * one more runner, as a long catalog or demo load would hold it.
 */
class StartingUpTest {

    /** The last runner of the start: waits until the test lets it go. */
    @Order(1000)
    static class HoldStart implements ApplicationRunner {
        static final CountDownLatch RELEASE = new CountDownLatch(1);
        static final CountDownLatch REACHED = new CountDownLatch(1);

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            REACHED.countDown();
            RELEASE.await(120, TimeUnit.SECONDS);
        }
    }

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void until_start_up_work_is_done_sign_in_and_pages_say_the_system_is_starting() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CompletableFuture<ConfigurableApplicationContext> started =
                CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(NtmApplication.class, HoldStart.class)
                        .run(
                                "--ntm.embedded-db.data-dir=target/pg-test",
                                "--ntm.embedded-db.database=starting_test",
                                "--ntm.embedded-db.fresh=true",
                                "--ntm.embedded-db.pool-size=4",
                                "--ntm.demo.enabled=false",
                                "--server.port=" + port));
        String base = "http://127.0.0.1:" + port;
        try {
            assertThat(HoldStart.REACHED.await(120, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("username=quantri&password=sai-mat-khau"))
                    .header("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.headers().firstValue("Retry-After")).contains("5");
            assertThat(login.body())
                    .contains("Hệ thống đang khởi động, vui lòng thử lại sau ít giây", "lang=\"vi\"")
                    .doesNotContain("sai mật khẩu", "Sai tên đăng nhập");

            HttpResponse<String> page =
                    send(HttpRequest.newBuilder(URI.create(base + "/units")).header("Accept", "text/html"));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("<h1>Hệ thống đang khởi động</h1>");

            HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users/me"))
                    .header("Authorization", basic("quantri", "mat-khau-bat-ky")));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(api.body())
                    .contains(
                            "\"code\":\"error.starting\"",
                            "\"status\":503",
                            "Hệ thống đang khởi động, vui lòng thử lại sau ít giây");

            HttpResponse<String> english = send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/units")).header("Accept-Language", "en"));
            assertThat(english.body()).contains("The system is starting, please try again in a few seconds");

            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")))
                            .statusCode())
                    .isEqualTo(503);
            HttpResponse<String> liveness =
                    send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness")));
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(liveness.body()).contains("\"status\":\"UP\"");

            HoldStart.RELEASE.countDown();
            started.get(120, TimeUnit.SECONDS);

            HttpResponse<String> ready = send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")));
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
            HttpResponse<String> signIn =
                    send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Accept", "text/html"));
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body())
                    .contains("Hệ thống chưa có tài khoản nào", "./ntm admin create --username=", "NTM_ADMIN_USERNAME");
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/actuator/env")))
                            .statusCode())
                    .as("only health is exposed")
                    .isNotEqualTo(200);
        } finally {
            HoldStart.RELEASE.countDown();
            started.thenAccept(ConfigurableApplicationContext::close);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
