package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * Two application instances from the packaged jar (two processes, two ports) on one external PostgreSQL (Debian's,
 * started here as in {@link ExternalPostgresTest}), behind Debian's nginx: round robin, a configuration written
 * here, run as a process on a free port with its own prefix, pid, log and temporary folders. A commune officer
 * works through nginx and every request is answered by the other instance than the one before (nginx names the
 * instance in a header that only this configuration adds): sign in, the Excel template, the upload with a change,
 * its preview and full report, the apply, then a save of a value and the year page. Sessions, previews and the
 * progress of an upload are in the database, so either instance can serve every step.
 */
class SeveralInstancesIT {

    static final String SET = "NTM-XA-2021-2025";
    static final String USER = "xa.thuonglo";
    static final String PASSWORD = "ntm-demo-2026";
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Instance(String name, int port, Process process, Path log) {}

    static Path root;
    static DebianPostgres postgres;
    static final List<Instance> instances = new ArrayList<>();
    static Process nginx;
    static int nginxPort;

    static final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    static final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** Which instance answered each request through nginx, in order. */
    static final List<String> answeredBy = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path pgBin = DebianPostgres.installed();
        Path nginxBin = Path.of("/usr/sbin/nginx");
        // not skipped: the test command installs both (scripts/install-test-packages, as root); without them the
        // claim "two instances serve one user" would go unchecked without anybody noticing
        assertThat(pgBin != null && Files.isExecutable(nginxBin))
                .as("SeveralInstancesIT needs Debian's packages "
                        + "'postgresql' and 'nginx' (/usr/sbin/nginx); install them with `sudo scripts/install-test-packages` "
                        + "(./mvnw verify does it when run as root)")
                .isTrue();
        long started = System.nanoTime();
        // logs, working folders and nginx's configuration stay in target/ to read after a run; the database is in a
        // temporary folder (user postgres must reach it) removed when it stops
        root = PROJECT.resolve("target/several-instances");
        deleteAll(root);
        Files.createDirectories(root);
        postgres = DebianPostgres.start(pgBin, Files.createTempDirectory("ntm-instances-pg"), "ntm");
        Path jar = jar();
        // both at once, as an operator restarts a cluster: they take turns at the start-up work in the database
        for (String name : List.of("a", "b")) {
            instances.add(startInstance(name, jar));
        }
        for (Instance instance : instances) {
            awaitReady(instance);
        }
        System.out.printf("SeveralInstancesIT: PostgreSQL and two instances ready in %.1f s%n", seconds(started));
        startNginx(nginxBin);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        for (Instance instance : instances) {
            instance.process().destroy();
        }
        for (Instance instance : instances) {
            if (!instance.process().waitFor(30, TimeUnit.SECONDS)) {
                instance.process().destroyForcibly();
            }
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    @Test
    void a_commune_officer_is_served_by_the_other_instance_at_every_step_of_the_excel_round_trip_and_a_save()
            throws Exception {
        long started = System.nanoTime();
        long unit = thuongLo();
        String exchange = "/exchange/" + SET + "/2024?unit=" + unit;

        String login = page("/login");
        HttpResponse<String> signedIn =
                post("/login", Map.of("username", USER, "password", PASSWORD, "_csrf", csrf(login)));
        assertThat(signedIn.headers().firstValue("Location").orElse(""))
                .as("signed in")
                .doesNotContain("error");

        String exchangePage = page(exchange);
        assertThat(exchangePage).as("the session made on the other instance").contains("Tải mẫu của Xã Thượng Lộ");
        byte[] template = bytes("/exchange/" + SET + "/2024/template?unit=" + unit);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        Cell cell = cell(workbook.getSheet("Giá trị"), unit, "14.2");
        assertThat(cell.getNumericCellValue()).isEqualTo(95.0);
        cell.setCellValue(96);
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        workbook.write(edited);

        String progress = UUID.randomUUID().toString();
        HttpResponse<String> uploaded = send(HttpRequest.newBuilder(uri("/exchange/" + SET + "/2024/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(
                        edited.toByteArray(),
                        Map.of("unit", String.valueOf(unit), "progress", progress, "_csrf", csrf(exchangePage))))));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String previewPath = path(uploaded);
        assertThat(previewPath).startsWith("/exchange/previews/");
        String token = previewPath.substring("/exchange/previews/".length(), previewPath.indexOf('?'));

        String preview = page(previewPath);
        assertThat(preview)
                .as("the preview made by the other instance")
                .contains("Xem trước khi nhập", "Các thay đổi (1)", "14.2", "96");
        assertThat(json("/exchange/progress/" + progress))
                .as("the upload's progress, asked of the other instance")
                .contains("\"phase\":\"DONE\"");
        XSSFWorkbook report =
                new XSSFWorkbook(new ByteArrayInputStream(bytes("/exchange/previews/" + token + "/report")));
        assertThat(report.getSheet("Thay đổi").getRow(1).getCell(5).getStringCellValue())
                .isEqualTo("96");

        HttpResponse<String> applied = post(
                "/exchange/previews/" + token + "/apply",
                Map.of("mode", "ALL_OR_NOTHING", "unit", String.valueOf(unit), "_csrf", csrf(preview)));
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(page(path(applied)))
                .as("applied by an instance that never had the file on its disk")
                .contains("Đã áp dụng", "ghi 1 giá trị");

        String valuePath = "/assessments/" + unit + "/" + SET + "/2024/values/15.4";
        String form = page(valuePath);
        HttpResponse<String> saved =
                post(valuePath, Map.of("value", "55,5", "version", version(form), "_csrf", csrf(form)));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(page(path(saved)))
                .as("the flash message kept in the session, read by the other instance")
                .contains("Đã lưu", "55,5");

        // evidence received by one instance, downloaded from the other: its bytes are in the database
        String valuePage = page(valuePath);
        byte[] pdf = ("%PDF-1.4\n% Biên bản kiểm tra tiêu chí 15, " + UUID.randomUUID() + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> attached = send(HttpRequest.newBuilder(uri(valuePath + "/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(
                        "bien-ban-15.pdf",
                        "application/pdf",
                        pdf,
                        Map.of("valueId", hidden(valuePage, "valueId"), "_csrf", csrf(valuePage))))));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(302);
        String withEvidence = page(path(attached));
        Matcher link = Pattern.compile("href=\"/api/v1/evidence/(\\d+)\">bien-ban-15.pdf<")
                .matcher(withEvidence);
        assertThat(link.find()).as("the evidence listed\n" + withEvidence).isTrue();
        long evidenceId = Long.parseLong(link.group(1));
        assertThat(bytes("/api/v1/evidence/" + evidenceId))
                .as("the file, downloaded from the other instance")
                .isEqualTo(pdf);

        String year = page("/assessments/" + unit + "/" + SET + "/2024");
        assertThat(year).contains("Xã Thượng Lộ", "đạt 18/19 tiêu chí");
        System.out.printf(
                "SeveralInstancesIT: %d requests through nginx in %.1f s, answered by %s%n",
                answeredBy.size(), seconds(started), answeredBy);

        assertThat(answeredBy)
                .as("every request of the steps above went through nginx")
                .hasSize(18);
        for (int i = 1; i < answeredBy.size(); i++) {
            assertThat(answeredBy.get(i))
                    .as("request %d is answered by the other instance than request %d", i + 1, i)
                    .isNotEqualTo(answeredBy.get(i - 1));
        }
        assertThat(nginxAccessLog())
                .as("nginx's own log names the same instances in the same order")
                .containsExactlyElementsOf(answeredBy);
        assertThat(new HashSet<>(answeredBy))
                .containsExactlyInAnyOrder(
                        instances.stream().map(i -> "127.0.0.1:" + i.port()).toArray(String[]::new));

        // what the database holds once both instances are done
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("ntm"), "postgres", "")) {
            assertThat(single(db, """
                    select v.numeric_value::text from assessment_value v join indicator i on i.id = v.indicator_id
                    join criteria_set s on s.id = v.set_id
                    where v.unit_id = ? and v.year = 2024 and s.code = ? and i.code = '14.2'""", unit, SET)).as("14.2 from the sheet").isEqualTo("96");
            assertThat(single(db, """
                    select v.numeric_value::text from assessment_value v join indicator i on i.id = v.indicator_id
                    join criteria_set s on s.id = v.set_id
                    where v.unit_id = ? and v.year = 2024 and s.code = ? and i.code = '15.4'""", unit, SET)).as("15.4 from the form").isEqualTo("55.5");
            assertThat(single(db, "select count(*)::text from spring_session where principal_name = ?", USER))
                    .as("one session, shared by both instances")
                    .isEqualTo("1");
            assertThat(single(
                            db,
                            "select (content is not null and stored_path is null)::text from evidence "
                                    + "where id = ?",
                            evidenceId))
                    .as("the evidence's bytes in the database")
                    .isEqualTo("true");
        }
    }

    static String single(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                String value = rs.getString(1);
                assertThat(rs.next()).as("one row: " + sql).isFalse();
                return value;
            }
        }
    }

    /** The upstream of every request, from nginx's access log (written in the format this configuration names). */
    static List<String> nginxAccessLog() throws IOException {
        return Files.readAllLines(root.resolve("nginx/access.log")).stream()
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .toList();
    }

    // --- the requests, each through nginx, each noting which instance answered ---

    static String page(String path) throws Exception {
        HttpResponse<String> r = send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
        assertThat(r.statusCode()).as(path + "\n" + r.body()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(r.body());
    }

    static String json(String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .GET());
        assertThat(r.statusCode()).as(path + "\n" + r.body()).isEqualTo(200);
        return r.body();
    }

    static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        note(r);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = http.send(
                request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        note(r);
        return r;
    }

    static void note(HttpResponse<?> r) {
        answeredBy.add(r.headers().firstValue("X-Upstream").orElse("?"));
    }

    static final String BOUNDARY = "ntm-" + UUID.randomUUID();

    static byte[] multipart(byte[] file, Map<String, String> fields) {
        return multipart(
                "thuong-lo.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file, fields);
    }

    static byte[] multipart(String fileName, String contentType, byte[] file, Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; " + "filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + nginxPort + path);
    }

    /** The path of a redirect, whether the application wrote it absolute or not. */
    static String path(HttpResponse<?> r) {
        URI location = URI.create(r.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a form with its CSRF token").isTrue();
        return m.group(1);
    }

    static String version(String form) {
        return hidden(form, "version");
    }

    static String hidden(String form, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"(\\d+)\"").matcher(form);
        assertThat(m.find()).as("the form's " + name).isTrue();
        return m.group(1);
    }

    /** The cell of a unit's row (its id in column A) and an indicator (its code in row 1). */
    static Cell cell(Sheet sheet, long unitId, String code) {
        int column = -1;
        for (Cell c : sheet.getRow(0)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code)) {
                column = c.getColumnIndex();
            }
        }
        assertThat(column).as("column of " + code).isNotNegative();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && (long) row.getCell(0).getNumericCellValue() == unitId) {
                return row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
            }
        }
        throw new AssertionError("no row for unit " + unitId);
    }

    /** Thượng Lộ's id, asked of one instance directly (not through nginx: the steps alternate untouched). */
    static long thuongLo() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + instances.get(0).port() + "/api/v1/units/code/20185?date=2024-12-31"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    // --- the parts: PostgreSQL, the instances, nginx ---

    /** The demo (its sample users and communes) from the packaged jar, on the external database. */
    static Instance startInstance(String name, Path jar) throws IOException {
        int port = freePort();
        Path log = root.resolve("instance-" + name + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(
                        java.toString(),
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        // each instance its own working folder: what one received, the other reads from the database
                        "--ntm.exchange.directory=" + root.resolve("work-" + name))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(root.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl("ntm"));
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        return new Instance(name, port, builder.start(), log);
    }

    static void awaitReady(Instance instance) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        HttpRequest readiness = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + instance.port() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10))
                .build();
        while (System.nanoTime() < deadline) {
            assertThat(instance.process().isAlive())
                    .as("instance " + instance.name() + "\n" + tail(instance.log()))
                    .isTrue();
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance " + instance.name() + " not ready:\n" + tail(instance.log()));
    }

    static void startNginx(Path nginxBin) throws Exception {
        nginxPort = freePort();
        Path prefix = Files.createDirectories(root.resolve("nginx"));
        String upstreams = instances.stream()
                .map(i -> "        server 127.0.0.1:" + i.port() + ";")
                .collect(Collectors.joining("\n"));
        Files.writeString(prefix.resolve("nginx.conf"), """
                # Written by SeveralInstancesIT: everything under this prefix, nothing needs root
                %4$s
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    log_format upstream '$request_method $uri $status $upstream_addr';
                    access_log %1$s/access.log upstream;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    client_max_body_size 60m;
                    upstream ntm {
                %2$s
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://ntm;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            # for this test only: which instance answered
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(
                        prefix,
                        upstreams,
                        nginxPort,
                        // workers as the current user (as root they would otherwise be nobody, outside this folder)
                        DebianPostgres.asRoot() ? "user root;" : "# workers as the current user"));
        nginx = new ProcessBuilder(
                        nginxBin.toString(),
                        "-p",
                        prefix.toString(),
                        "-e",
                        prefix + "/error.log",
                        "-c",
                        prefix + "/nginx.conf")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            assertThat(nginx.isAlive())
                    .as(Files.readString(prefix.resolve("nginx.out")))
                    .isTrue();
            try (Socket s = new Socket("127.0.0.1", nginxPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx does not listen:\n" + Files.readString(prefix.resolve("nginx.out")));
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(PROJECT.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("ntm-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("run after package: no target/ntm-*.jar"));
        }
    }

    static void deleteAll(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String tail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
