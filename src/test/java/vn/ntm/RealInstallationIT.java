package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's real installation, as an operator types it: the commands between the {@code real-installation}
 * markers of README.md run one by one as processes through {@code ./ntm} from the packaged jar, in a fresh data
 * directory, on the official data of {@code ../shared/data} and on user, body and attribute files written here.
 * Then the application started by the last command answers readiness, the first administrator signs in, has to
 * change the one-time password and sees the imported units; a command typed while it runs is refused (exit 3)
 * and the application goes on; once it is stopped, the manifest imported again changes nothing.
 */
class RealInstallationIT {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static Path root;
    static Path work;
    static Process server;
    static int port;
    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeAll
    static void lay_out_a_fresh_installation() throws IOException {
        root = Files.createTempDirectory("ntm-real");
        work = Files.createDirectories(root.resolve("work"));
        // the commands are typed from the project folder, which has ../shared/data beside it
        Files.createSymbolicLink(root.resolve("shared"), sharedFolder());
        Files.createSymbolicLink(work.resolve("ntm"), PROJECT.resolve("ntm"));
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.writeString(work.resolve("thuoc-tinh.csv"), """
                ma,tu_ngay,den_ngay,thuoc_tinh,gia_tri,can_cu
                20161,01/01/2026,,nhom_xa,1,KIỂM THỬ - không phải căn cứ thật
                03405,01/01/2026,,nhom_xa,2,KIỂM THỬ - không phải căn cứ thật
                99999,01/01/2026,,nhom_xa,1,KIỂM THỬ - mã không có
                """, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("co-quan.csv"), """
                ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email
                20161,UBND_XA,Ủy ban nhân dân xã Khe Tre,Nguyễn Văn Kiểm Thử,Chủ tịch UBND xã,
                """, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("nguoi-dung.csv"), """
                ten_dang_nhap,vai_tro,ma_don_vi,mat_khau
                canbo.khetre,can_bo_xa,20161,
                tinh.hue,can_bo_tinh,46,
                """, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_readme_installation_runs_from_the_jar_and_the_first_administrator_works_with_the_imported_units()
            throws Exception {
        List<String> commands = readmeCommands();
        assertThat(commands).hasSize(6);
        assertThat(commands.get(commands.size() - 1)).startsWith("./ntm serve");
        String oneTime = null;
        for (String command : commands) {
            if (command.startsWith("./ntm serve")) {
                server = start(command);
                continue;
            }
            Result r = run(command);
            assertThat(r.code()).as(command + "\n" + r.all()).isZero();
            assertThat(r.all()).as(command).doesNotContain("Exception", "\tat ");
            if (command.startsWith("./ntm admin create")) {
                assertThat(r.out()).contains("Đã tạo quản trị viên quantri.");
                oneTime = find(r.out(), "Mật khẩu dùng một lần: (\\S+)");
            } else if (command.startsWith("./ntm import --manifest")) {
                assertThat(r.out())
                        .contains(
                                "vn-units-2024-11.json: đã nhập.",
                                "vn-units-2025-03.json: đã nhập.",
                                "vn-units-2025-07.json: đã nhập.",
                                "vn-units-2026-07.json: đã nhập.",
                                "vn-ward-mapping-2025.json: đã nhập.",
                                "[chưa khớp]");
            } else if (command.contains("--kind=ATTRIBUTES")) {
                assertThat(r.out()).contains("thuoc-tinh.csv: đã nhập.", "dòng 4 [lỗi] 99999");
            } else if (command.startsWith("./ntm bodies import")) {
                assertThat(r.out()).contains("co-quan.csv: đã nhập.", "cơ quan mới 1, người mới 1, chức vụ mới 1");
            } else if (command.startsWith("./ntm users import")) {
                assertThat(r.out())
                        .contains("nguoi-dung.csv: đã nhập.", "canbo.khetre: mật khẩu tạm ", "tinh.hue: mật khẩu tạm ");
            }
        }
        assertThat(oneTime).hasSize(14);

        awaitReady();
        assertThat(get("/actuator/health/liveness", null).body()).contains("UP");
        assertThat(page("/login")).doesNotContain("chưa có tài khoản");
        HttpResponse<String> before = get("/api/v1/units/code/20161", basic("quantri", oneTime));
        assertThat(before.statusCode()).isEqualTo(403);
        assertThat(before.body()).contains("\"code\":\"error.password.mustChange\"", "mật khẩu tạm");
        HttpResponse<String> changed = HTTP.send(
                HttpRequest.newBuilder(uri("/api/v1/users/me/password"))
                        .header("Authorization", basic("quantri", oneTime))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + oneTime
                                + "\",\"newPassword\":\"mat-khau-moi-cua-quantri\"}"))
                        .build(),
                utf8());
        assertThat(changed.statusCode()).as(changed.body()).isBetween(200, 204);
        HttpResponse<String> khetre = get("/api/v1/units/code/20161", basic("quantri", "mat-khau-moi-cua-quantri"));
        assertThat(khetre.statusCode()).isEqualTo(200);
        assertThat(khetre.body()).contains("Xã Khe Tre");
        HttpResponse<String> provinces = get(
                "/api/v1/units/search?q=L%C3%A2m%20%C4%90%E1%BB%93ng", basic("quantri", "mat-khau-moi-cua-quantri"));
        assertThat(provinces.body()).contains("Lâm Đồng");

        Result busy = run("./ntm users import --file=nguoi-dung.csv");
        assertThat(busy.code()).as(busy.all()).isEqualTo(3);
        assertThat(busy.err())
                .contains(
                        "LỖI: Ứng dụng đang chạy trên thư mục dữ liệu",
                        "(tiến trình " + server.pid() + ")",
                        "ERROR: The application is running");
        Result busyBackup = run("./ntm backup sao-luu-khi-dang-chay.zip");
        assertThat(busyBackup.code()).as(busyBackup.all()).isEqualTo(3);
        assertThat(busyBackup.err()).contains("LỖI: Ứng dụng đang chạy trên thư mục dữ liệu");
        assertThat(work.resolve("sao-luu-khi-dang-chay.zip")).doesNotExist();
        assertThat(get("/actuator/health/readiness", null).statusCode())
                .as("the application goes on")
                .isEqualTo(200);
        assertThat(get("/api/v1/units/code/20161", basic("quantri", "mat-khau-moi-cua-quantri"))
                        .statusCode())
                .isEqualTo(200);

        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Result again = run(commands.stream()
                .filter(c -> c.startsWith("./ntm import --manifest"))
                .findFirst()
                .orElseThrow());
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out().lines().filter(l -> l.endsWith(")") && l.contains(".json: ")))
                .hasSize(5)
                .allSatisfy(l -> assertThat(l).contains(": không thay đổi."));

        Result spaces = run("./ntm import --kind=LIST --file=../shared/data/vn-units-2026-07.json "
                + "--effective=30/04/2026 --basis=\"NQ 30/2026/QH16 và 237/NQ-UBTVQH16\"");
        assertThat(spaces.code()).as(spaces.all()).isZero();
        assertThat(spaces.out()).contains("vn-units-2026-07.json: không thay đổi.");

        // the README's backup and restore: into a new data directory, which then serves the same units
        Result backup = run("./ntm backup sao-luu.zip");
        assertThat(backup.code()).as(backup.all()).isZero();
        assertThat(backup.out()).contains("sao-luu.zip: đã sao lưu");
        Result restore = run("NTM_DATA_DIR=khoi-phuc ./ntm restore sao-luu.zip");
        assertThat(restore.code()).as(restore.all()).isZero();
        assertThat(restore.out()).contains("sao-luu.zip: đã khôi phục", "khoi-phuc");
        assertThat(restore.all()).doesNotContain("Exception", "\tat ");
        Result intoFull = run("./ntm restore sao-luu.zip");
        assertThat(intoFull.code()).as(intoFull.all()).isEqualTo(2);
        assertThat(intoFull.err()).contains("không trống");
        server = start("NTM_DATA_DIR=khoi-phuc ./ntm serve");
        awaitReady();
        HttpResponse<String> restored = get("/api/v1/units/code/20161", basic("quantri", "mat-khau-moi-cua-quantri"));
        assertThat(restored.statusCode()).as("the restored users and units").isEqualTo(200);
        assertThat(restored.body()).contains("Xã Khe Tre");
    }

    /** The fenced block between the markers, one command a line. */
    static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile(
                        "<!-- real-installation -->\\s*```bash\\n(.*?)```\\s*<!-- /real-installation -->",
                        Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).as("README.md has the real-installation block").isTrue();
        List<String> commands = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                commands.add(line.strip());
            }
        }
        return commands;
    }

    static Result run(String command) throws Exception {
        Process p = process(command).start();
        p.getOutputStream().close();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        var outText = CompletableFuture.supplyAsync(() -> read(out));
        var errText = CompletableFuture.supplyAsync(() -> read(err));
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(command).isTrue();
        Result r = new Result(p.exitValue(), outText.get(), errText.get());
        System.out.printf("$ %s%n(exit %d)%n%s%s%n", command, r.code(), head(r.out()), head(r.err()));
        return r;
    }

    static Process start(String command) throws IOException {
        return process(command)
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("serve.log").toFile())
                .start();
    }

    static ProcessBuilder process(String command) {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(work.toFile());
        Map<String, String> env = builder.environment();
        env.put("NTM_DATA_DIR", root.resolve("data").toString());
        env.put("NTM_JAR", jar().toString());
        env.put("PORT", String.valueOf(port));
        env.remove("SPRING_DATASOURCE_URL");
        return builder;
    }

    static Path jar() {
        try (Stream<Path> files = Files.list(PROJECT.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("ntm-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("run after package: no target/ntm-*.jar"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code ../shared} from the project folder (in a git worktree, one level further up). */
    static Path sharedFolder() {
        for (Path dir = PROJECT.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/data"))) {
                return dir.resolve("shared");
            }
        }
        throw new AssertionError("no shared/data beside " + PROJECT);
    }

    static void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive())
                    .as(Files.readString(root.resolve("serve.log")))
                    .isTrue();
            try {
                if (get("/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the web server is not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready:\n" + Files.readString(root.resolve("serve.log")));
    }

    static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), utf8());
    }

    static String page(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(), utf8());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String head(String text) {
        return text.length() > 3000 ? text.substring(0, 3000) + "\n[...]\n" : text;
    }
}
