package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.testing.Http;
import vn.ntm.testing.NtmTest;

/**
 * Many officers saving at once, over real HTTP against the running application: 20 parallel saves of different
 * indicators of one commune, several rounds. Each save succeeds or is refused with the retryable answer (503,
 * {@code Retry-After}, "thử lại"), never 500; every save that succeeded is stored; and the stored judgement of
 * the commune equals a fresh recomputation from its stored values. Then an officer's saves into a commune while the
 * province's sheet is being applied over it (same checks, and the apply itself succeeds or is told to retry).
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=concurrent_saves")
class ConcurrentSavesTest {

    static final String SET = "NTM-XA-2021-2025";
    static final int PARALLEL = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Judgements judgements;

    /** A save sent and what came back. */
    record Sent(String indicator, String value, HttpResponse<String> response) {}

    /** One measured indicator of the commune with its stored number and version. */
    record Stored(String code, BigDecimal number, int version) {}

    @Test
    void
            twenty_parallel_saves_of_different_indicators_of_one_commune_all_succeed_or_are_told_to_retry_and_the_judgement_stays_exact()
                    throws Exception {
        Http http = new Http(port);
        long thuongLo = Http.json(http.get("/api/v1/units/code/20185?date=2024-12-31", "admin"))
                .get("id")
                .asLong();
        long setId = setId();
        int succeeded = 0;
        int retryable = 0;
        for (int round = 1; round <= 5; round++) {
            List<Stored> stored = measured(thuongLo).subList(0, PARALLEL);
            int r = round;
            List<Sent> sent = parallel(stored.stream()
                    .map(s -> (Save) () -> {
                        String value = next(s.number(), r).toPlainString();
                        return new Sent(
                                s.code(),
                                value,
                                http.put(
                                        "/api/v1/assessments/" + thuongLo + "/" + SET + "/2024/values/" + s.code(),
                                        "xa.thuonglo",
                                        Map.of("value", value, "version", s.version())));
                    })
                    .toList());
            for (Sent s : sent) {
                if (s.response().statusCode() == 200) {
                    succeeded++;
                    assertThat(number(thuongLo, s.indicator()))
                            .as("saved %s", s.indicator())
                            .isEqualByComparingTo(s.value());
                } else {
                    retryable++;
                    assertRetryable(s.response());
                }
            }
            assertThat(StoredJudgements.stored(jdbc, setId, 2024, List.of(thuongLo)))
                    .as("round %d: the stored judgement is a fresh one", round)
                    .isEqualTo(StoredJudgements.fresh(judgements.judge(setId, 2024, List.of(thuongLo))));
        }
        System.out.printf(
                "CONCURRENCY 5 x %d parallel saves: %d saved, %d told to retry%n", PARALLEL, succeeded, retryable);
        assertThat(succeeded).as("most saves go through").isGreaterThan(retryable);
    }

    @Test
    void saves_during_the_apply_of_a_province_sheet_succeed_or_are_told_to_retry_and_every_judgement_stays_exact()
            throws Exception {
        Http http = new Http(port);
        long setId = setId();
        long thuongLo = Http.json(http.get("/api/v1/units/code/20185?date=2024-12-31", "admin"))
                .get("id")
                .asLong();
        List<Measured> measured = jdbc.sql("""
                        select code, min_value, max_value from indicator
                        where set_id = ? and kind = 'MEASURED' order by sort""")
                .param(setId)
                .query((rs, n) -> new Measured(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .list();
        List<Measured> bySheet = measured.subList(0, 10);
        List<Measured> bySaves = measured.subList(10, Math.min(measured.size(), 10 + PARALLEL));
        int overlapping = 0;
        for (int round = 1; round <= 3; round++) {
            HttpResponse<byte[]> template =
                    http.bytes("/api/v1/exchange/" + SET + "/2024/template?on=2024-12-31", "tinh.hue");
            assertThat(template.statusCode()).isEqualTo(200);
            List<Long> units = new ArrayList<>();
            byte[] filled = ProvinceSheet.fill(template.body(), units, thuongLo, bySheet, bySaves, round);
            assertThat(units)
                    .as("the province sheet holds Thượng Lộ and more")
                    .contains(thuongLo)
                    .hasSizeGreaterThan(1);
            // the province's sheet (downloaded by its officer), sent by the administrator: the province officer of
            // the demo works in the province as merged in 2025 and may not write 2024
            HttpResponse<String> uploaded =
                    http.upload("/api/v1/exchange/" + SET + "/2024/uploads", "admin", "hue.xlsx", filled);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
            JsonNode preview = Http.json(uploaded);
            assertThat(preview.get("changeCount").asInt()).isPositive();
            String token = preview.get("token").asString();

            int r = round;
            List<Save> calls = new ArrayList<>();
            long[] applyWindow = new long[2];
            calls.add(() -> {
                applyWindow[0] = System.nanoTime();
                HttpResponse<String> applied = http.post(
                        "/api/v1/exchange/uploads/" + token + "/apply", "admin", Map.of("mode", "VALID_ROWS"));
                applyWindow[1] = System.nanoTime();
                return new Sent("apply", null, applied);
            });
            List<long[]> saveWindows = new ArrayList<>();
            for (Measured m : bySaves) {
                long[] window = new long[2];
                saveWindows.add(window);
                calls.add(() -> {
                    window[0] = System.nanoTime();
                    String value = m.within(BigDecimal.valueOf(30 + r)).toPlainString();
                    Integer version = version(thuongLo, m.code());
                    Map<String, Object> body = new HashMap<>(Map.of("value", value));
                    if (version != null) {
                        body.put("version", version);
                    }
                    HttpResponse<String> saved = http.put(
                            "/api/v1/assessments/" + thuongLo + "/" + SET + "/2024/values/" + m.code(),
                            "xa.thuonglo",
                            body);
                    window[1] = System.nanoTime();
                    return new Sent(m.code(), value, saved);
                });
            }
            List<Sent> sent = parallel(calls);
            for (long[] w : saveWindows) {
                if (w[0] < applyWindow[1] && w[1] > applyWindow[0]) {
                    overlapping++;
                }
            }
            Sent apply = sent.get(0);
            if (apply.response().statusCode() == 200) {
                assertThat(Http.json(apply.response())
                                .get("applied")
                                .get("written")
                                .asInt())
                        .isPositive();
                for (Measured m : bySheet) {
                    assertThat(number(thuongLo, m.code()))
                            .as("applied %s", m.code())
                            .isEqualByComparingTo(m.within(BigDecimal.valueOf(40 + round)));
                }
            } else {
                assertRetryable(apply.response());
            }
            for (Sent s : sent.subList(1, sent.size())) {
                if (s.response().statusCode() == 200) {
                    assertThat(number(thuongLo, s.indicator()))
                            .as("saved %s", s.indicator())
                            .isEqualByComparingTo(s.value());
                } else {
                    assertRetryable(s.response());
                }
            }
            assertThat(StoredJudgements.stored(jdbc, setId, 2024, units))
                    .as("round %d: every unit of the sheet is judged from what is stored now", round)
                    .isEqualTo(StoredJudgements.fresh(judgements.judge(setId, 2024, units)));
        }
        System.out.printf(
                "CONCURRENCY saves during a province apply: %d of %d saves overlapped the apply%n",
                overlapping, 3 * bySaves.size());
        assertThat(overlapping).as("the saves ran while the apply did").isPositive();
    }

    /** A measured indicator and its bounds. */
    record Measured(String code, BigDecimal min, BigDecimal max) {
        BigDecimal within(BigDecimal wanted) {
            BigDecimal v = max != null && wanted.compareTo(max) > 0 ? max : wanted;
            return min != null && v.compareTo(min) < 0 ? min : v;
        }
    }

    private Integer version(long unit, String code) {
        return jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2024""").params(unit, code).query(Integer.class).optional().orElse(null);
    }

    /** The answer a caller may retry: 503 with Retry-After and a problem saying "thử lại". */
    static void assertRetryable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        JsonNode problem = Http.json(response);
        assertThat(problem.get("code").asString()).isEqualTo("error.busy");
        assertThat(problem.get("detail").asString()).contains("thử lại");
    }

    interface Save {
        Sent send() throws Exception;
    }

    /** Sends every save at the same moment, each on its own thread. */
    static List<Sent> parallel(List<Save> saves) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(saves.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Sent>> futures = new ArrayList<>();
            for (Save save : saves) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return save.send();
                }));
            }
            start.countDown();
            List<Sent> sent = new ArrayList<>();
            for (Future<Sent> f : futures) {
                sent.add(f.get());
            }
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A value a little away from the stored one, within 0-100 (the range of most measured indicators). */
    static BigDecimal next(BigDecimal number, int round) {
        BigDecimal step = BigDecimal.valueOf(round % 2 == 0 ? 1 : 2);
        return number.compareTo(BigDecimal.valueOf(50)) < 0 ? number.add(step) : number.subtract(step);
    }

    private List<Stored> measured(long unit) {
        return jdbc.sql("""
                        select i.code, v.numeric_value, v.version from assessment_value v
                        join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and v.year = 2024 and v.numeric_value is not null
                        order by i.id""")
                .param(unit)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3)))
                .list();
    }

    private BigDecimal number(long unit, String code) {
        return jdbc.sql("""
                        select v.numeric_value from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2024""").params(unit, code).query(BigDecimal.class).single();
    }

    private long setId() {
        return jdbc.sql("select id from criteria_set where code = ?")
                .param(SET)
                .query(Long.class)
                .single();
    }
}
