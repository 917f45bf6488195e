package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import vn.ntm.testing.Http;

/**
 * {@code kill -9} in the middle of an Excel apply, then a plain restart (issue 10). The application runs as a real
 * child process on its own embedded database. A province sheet is applied one unit per chunk; the test holds the
 * row of the sheet's last unit locked, so the apply has written the first units (uncommitted) and waits there when
 * the process is killed. The same command starts it again, with no hand work (the killed process's postgres is
 * stopped and replaced, the interrupted transaction is rolled back by PostgreSQL): it is ready, none of the sheet's
 * values was stored, and the same preview applies in full.
 */
class KillDuringApplyTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String CODE = "15.4";

    @Test
    void a_process_killed_mid_apply_restarts_by_itself_with_nothing_of_the_sheet_stored_and_serves_again()
            throws Exception {
        Path root = Path.of("target", "kill-apply").toAbsolutePath();
        FileSystemUtils.deleteRecursively(root);
        Files.createDirectories(root);
        int port = freePort();
        int dbPort = freePort();
        Http http = new Http(port);
        Process app = start(root, port, dbPort, true);
        try {
            awaitReady(http, app, root);
            String jdbcUrl = ownerUrl(root, dbPort);
            List<Long> units = new ArrayList<>();
            fill(template(http), units);
            assertThat(units).as("a province sheet of several communes").hasSizeGreaterThan(1);
            for (long unit : units) {
                save(http, jdbcUrl, unit, "10");
            }
            // downloaded after those saves: a template made before them would show every cell as a conflict
            byte[] sheet = fill(template(http), new ArrayList<>());
            HttpResponse<String> uploaded =
                    http.upload("/api/v1/exchange/" + SET + "/2024/uploads", "admin", "hue.xlsx", sheet);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
            String token = Http.json(uploaded).get("token").asString();

            long last = units.get(units.size() - 1);
            try (Connection holder = DriverManager.getConnection(jdbcUrl)) {
                holder.setAutoCommit(false);
                try (PreparedStatement lock = holder.prepareStatement("""
                        select v.id from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2024 for update of v""")) {
                    lock.setLong(1, last);
                    lock.setString(2, CODE);
                    lock.executeQuery().close();
                }
                CompletableFuture<HttpResponse<String>> applying = CompletableFuture.supplyAsync(() -> {
                    try {
                        return http.post(
                                "/api/v1/exchange/uploads/" + token + "/apply",
                                "admin",
                                Map.of("mode", "VALID_ROWS", "progress", "kill-9-mid-apply"));
                    } catch (IOException | InterruptedException e) {
                        return null;
                    }
                });
                int done = awaitApplying(http, holder);
                assertThat(done).as("the apply is mid-way, not done").isLessThan(units.size());
                app.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
                assertThat(app.isAlive()).isFalse();
                assertThat(applying.get(60, TimeUnit.SECONDS))
                        .as("the caller got no answer")
                        .isNull();
                holder.rollback();
            }

            long restart = System.nanoTime();
            app = start(root, port, dbPort, false);
            awaitReady(http, app, root);
            System.out.printf("KILL-9 restart to ready: %d ms%n", (System.nanoTime() - restart) / 1_000_000);
            for (long unit : units) {
                assertThat(stored(jdbcUrl, unit))
                        .as("unit %d: nothing of the killed apply", unit)
                        .isEqualByComparingTo("10");
            }
            HttpResponse<String> again =
                    http.post("/api/v1/exchange/uploads/" + token + "/apply", "admin", Map.of("mode", "VALID_ROWS"));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(Http.json(again).get("applied").get("written").asInt()).isEqualTo(units.size());
            for (long unit : units) {
                assertThat(stored(jdbcUrl, unit))
                        .as("unit %d after the apply sent again", unit)
                        .isEqualByComparingTo("33");
            }
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static byte[] template(Http http) throws Exception {
        HttpResponse<byte[]> template =
                http.bytes("/api/v1/exchange/" + SET + "/2024/template?on=2024-12-31", "tinh.hue");
        assertThat(template.statusCode()).isEqualTo(200);
        return template.body();
    }

    /** The schema owner's connection, with the password the first start generated (the cluster asks for one). */
    private static String ownerUrl(Path root, int dbPort) throws IOException {
        Properties credentials = new Properties();
        try (var in = Files.newBufferedReader(root.resolve("postgres.credentials"))) {
            credentials.load(in);
        }
        return "jdbc:postgresql://localhost:" + dbPort + "/ntm?user=" + credentials.getProperty("owner.user")
                + "&password=" + credentials.getProperty("owner.password");
    }

    /** The application as its start command runs it, on the test's class path. */
    private static Process start(Path root, int port, int dbPort, boolean fresh) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "vn.ntm.NtmApplication",
                        "--server.port=" + port,
                        "--ntm.embedded-db.data-dir=" + root.resolve("postgres"),
                        "--ntm.embedded-db.port=" + dbPort,
                        "--ntm.embedded-db.fresh=" + fresh,
                        "--ntm.exchange.directory=" + root.resolve("exchange"),
                        "--ntm.exchange.chunk-rows=1",
                        // the apply waits on the test's row lock for as long as the test needs, not the usual 10 s
                        "--ntm.writes.lock-wait=300s")
                .redirectErrorStream(true)
                .redirectOutput(
                        root.resolve(fresh ? "first.log" : "restart.log").toFile())
                .start();
    }

    private static void awaitReady(Http http, Process app, Path root) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the application stopped: see " + root);
            }
            try {
                if (http.get("/actuator/health/readiness", "admin").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application was not ready in 300 s: see " + root);
    }

    /**
     * Waits until the apply is applying and stuck behind the test's row lock: the earlier units of the sheet are
     * written (uncommitted) by then. The progress figure alone cannot say so, since it is recorded a few times a
     * second at most.
     */
    private static int awaitApplying(Http http, Connection holder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String seen = "no progress";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> progress = http.get("/api/v1/exchange/progress/kill-9-mid-apply", "admin");
            if (progress.statusCode() == 200) {
                JsonNode state = Http.json(progress);
                seen = progress.body();
                assertThat(state.get("phase").asString())
                        .as("the apply must wait at the locked unit")
                        .isNotEqualTo("DONE");
                if (state.get("phase").asString().equals("APPLYING") && waitsOnTheHolder(holder)) {
                    return state.get("done").asInt();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the apply did not reach the locked unit: " + seen);
    }

    /**
     * Whether a session waits on the holder's own transaction: a row lock makes the next writer of the row wait on
     * the lock of the transaction that holds it ({@code transactionid}, the holder's xid), not on any other lock.
     */
    private static boolean waitsOnTheHolder(Connection holder) throws Exception {
        try (PreparedStatement s = holder.prepareStatement("""
                select count(*) from pg_locks waiting
                where waiting.locktype = 'transactionid' and not waiting.granted
                  and waiting.pid <> pg_backend_pid()
                  and waiting.transactionid = (select own.transactionid from pg_locks own
                                               where own.locktype = 'transactionid' and own.granted
                                                 and own.mode = 'ExclusiveLock' and own.pid = pg_backend_pid())""");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1) > 0;
        }
    }

    /** The sheet with 33 for 15.4 in every unit's row; the units' ids in sheet order are added to {@code units}. */
    private static byte[] fill(byte[] template, List<Long> units) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheet("Giá trị");
            int column = Workbooks.column(sheet, CODE);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                units.add((long) row.getCell(0).getNumericCellValue());
                row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(33);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void save(Http http, String jdbcUrl, long unit, String value) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("value", value));
        Integer version = version(jdbcUrl, unit);
        if (version != null) {
            body.put("version", version);
        }
        HttpResponse<String> saved =
                http.put("/api/v1/assessments/" + unit + "/" + SET + "/2024/values/" + CODE, "admin", body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static Integer version(String jdbcUrl, long unit) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                PreparedStatement s = c.prepareStatement("""
                select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                where v.unit_id = ? and i.code = ? and v.year = 2024""")) {
            s.setLong(1, unit);
            s.setString(2, CODE);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private static BigDecimal stored(String jdbcUrl, long unit) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                PreparedStatement s = c.prepareStatement("""
                select v.numeric_value from assessment_value v join indicator i on i.id = v.indicator_id
                where v.unit_id = ? and i.code = ? and v.year = 2024""")) {
            s.setLong(1, unit);
            s.setString(2, CODE);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBigDecimal(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
