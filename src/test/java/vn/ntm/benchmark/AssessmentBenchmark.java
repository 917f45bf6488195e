package vn.ntm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.assessment.ResultsChanged;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.assessment.values.ValueBatch;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CatalogExport;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.OverlayImport;
import vn.ntm.criteria.SetImport;
import vn.ntm.db.EmbeddedDatabase;
import vn.ntm.errors.BadInputException;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.Role;
import vn.ntm.testing.JdbcLog;
import vn.ntm.testing.RoundTrips;
import vn.ntm.unit.UnitImports;

/**
 * Figures for the note, not a pass/fail timing test (run: see docs/benchmarks.md). On the real units: the
 * 2021-2025 set over the 10,035 communes of the 2025-03 list for 2025, and a SYNTHETIC 47-indicator set over the
 * 3,321 communes of 2025-07 for 2026. Regions, groups, overlays and values are SYNTHETIC (seeded random), labelled
 * so in the database; only the units are real.
 */
@Tag("benchmark")
@AutoConfigureMockMvc
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-bench",
            "ntm.embedded-db.database=bench",
            "ntm.embedded-db.fresh=true",
            "ntm.demo.enabled=false"
        })
class AssessmentBenchmark {

    static final String SET = "NTM-XA-2021-2025";
    static final String[] REGIONS = {"TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"};

    @Autowired
    UnitImports imports;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalog catalog;

    @Autowired
    SetImport sets;

    @Autowired
    OverlayImport overlays;

    @Autowired
    CatalogExport export;

    @Autowired
    ValueBatch batch;

    @Autowired
    Judgements judgements;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    Assessments assessments;

    @Autowired
    ConfigurableApplicationContext context;

    Floors floors;

    @Test
    void figures_for_the_2021_2025_set_and_a_synthetic_47_indicator_set_on_the_real_units() {
        system.run("benchmark", this::run);
    }

    private void run() {
        floors = new Floors(database);
        System.out.printf("BENCH load average at the start: %s%n", Floors.load());
        long t0 = System.nanoTime();
        imports.importManifest(Path.of("../shared/data/units-snapshots.json"), ImportMode.VALID_ROWS);
        print("import of the four official lists and the mapping", t0, "");
        List<Long> communes2025 = communesOn("2025-03-31");
        List<Long> communesAfter = communesOn("2025-07-01");
        assertThat(communes2025).hasSize(10035);
        assertThat(communesAfter).hasSize(3321);
        syntheticAttributes(communes2025, communesAfter);
        syntheticOverlays();

        CriteriaSet set = catalog.set(SET);
        Random random = new Random(2024);
        List<ValueBatch.Row> rows = new ArrayList<>();
        for (long unit : communes2025) {
            set.indicators()
                    .forEach(i ->
                            rows.add(new ValueBatch.Row("bench", unit, i.code(), ValueInput.of(value(i, random)))));
        }
        t0 = System.nanoTime();
        int written = 0;
        for (int from = 0; from < rows.size(); from += 57 * 1000) {
            written += batch.write(SET, 2025, rows.subList(from, Math.min(rows.size(), from + 57 * 1000)), false)
                    .written();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "BENCH write (validate + upsert + audit + re-judge) %,d values of %,d communes: %.1f s,"
                        + " %,.0f values/s%n",
                written, communes2025.size(), seconds, written / seconds);
        assertThat(written).isEqualTo(10035 * 57);

        t0 = System.nanoTime();
        var judged = judgements.judge(set.id(), 2025, communes2025);
        print("judge every commune for 2025 (in memory, not stored)", t0, judged.size() + " communes");
        double rejudge = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            t0 = System.nanoTime();
            judgements.rejudge(set.id(), 2025, communes2025);
            rejudge = Math.min(rejudge, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(
                "BENCH re-judge and store every commune for 2025 (nothing changed, best of 3): %.2f s%n", rejudge);
        double resultsFloor = floors.copySeconds(3, resultParts(set.id(), 2025));
        Floors.print("re-judge and store every commune of 2025, nothing changed", rejudge, resultsFloor, "s", "< 2 s");
        // every stored result made to look changed (digest cleared): the whole result rewritten, as before V21
        jdbc.sql("update unit_result set result_digest = null where set_id = ? and year = 2025")
                .param(set.id())
                .update();
        t0 = System.nanoTime();
        judgements.rejudge(set.id(), 2025, communes2025);
        Floors.print(
                "re-judge and store every commune of 2025, every result rewritten",
                (System.nanoTime() - t0) / 1e9,
                resultsFloor,
                "s",
                "-");
        long met = jdbc.sql("select count(*) from unit_result where set_id = ? and year = 2025 and verdict = 'MEETS'")
                .param(set.id())
                .query(Long.class)
                .single();
        System.out.printf(
                "BENCH communes meeting the standard (synthetic values): %,d of %,d%n", met, communes2025.size());

        double[] one = new double[200];
        for (int i = 0; i < 200; i++) {
            long t1 = System.nanoTime();
            judgements.rejudge(set.id(), 2025, List.of(communes2025.get(i * 50)));
            one[i] = (System.nanoTime() - t1) / 1e6;
        }
        System.out.printf(
                "BENCH re-judge one commune-year (nothing changed; median of 200, all queries included):"
                        + " %.2f ms%n",
                Floors.median(one));

        // one officer's save: its own transaction, so its commit waits for the WAL on disk when the server is durable;
        // timed once the vacuum and checkpoint after the bulk writes above are done, as the pages are
        System.out.printf("BENCH saves timed %s (load %s)%n", Floors.afterQuiet(90), Floors.load());
        List<Indicator> indicators = set.indicators().toList();
        double[] saves = new double[200];
        for (int i = 0; i < 200; i++) {
            Indicator indicator = indicators.get(i % indicators.size());
            long t1 = System.nanoTime();
            batch.write(
                    SET,
                    2025,
                    List.of(new ValueBatch.Row(
                            "bench",
                            communes2025.get(i * 50 + 1),
                            indicator.code(),
                            ValueInput.of(value(indicator, random)))),
                    false);
            saves[i] = (System.nanoTime() - t1) / 1e6;
        }
        double save = Floors.median(saves);
        double commit = floors.commitMs(200);
        System.out.printf(
                "BENCH save one value through the batch path (ValueBatch.write of one row: validate + upsert + audit"
                        + " + re-judge, one commit each; median of 200; the save on screen is timed below):"
                        + " %.2f ms; one commit of one row: %.2f ms; beyond the commit: %.2f ms%n",
                save, commit, save - commit);
        Floors.print("batch of one value (ValueBatch) -> stored judgement", save, commit, "ms", "< commit + 3 ms");
        saveToDeliveredEvent(set, communes2025, commit);

        t0 = System.nanoTime();
        sets.importSet("changed.json", changedSet());
        print("change one national threshold (15.4, region DBSH) and bring every judgement up to date", t0, "");
        long dbshNotMet = jdbc.sql("""
                        select count(*) from indicator_result r join indicator i on i.id = r.indicator_id
                        where r.set_id = ? and r.year = 2025 and i.code = '15.4' and r.threshold_value = 65""").param(set.id()).query(Long.class).single();
        System.out.printf("BENCH indicator results now using the changed threshold: %,d%n", dbshNotMet);
        assertThat(dbshNotMet).isPositive();

        synthetic47(communesAfter);
        // last: a MockMvc request clears the security context this benchmark runs in
        pageWeight(communes2025.get(communes2025.size() / 2));
    }

    /** Server time (signed in already: no password hashing in the figure) and size of the commune year page and of a province view with every commune of the country loaded. */
    private void pageWeight(long commune) {
        demoUsers.ensure("bench.admin", Role.ADMIN, null, null);
        System.out.printf("BENCH pages timed %s (load %s)%n", Floors.afterQuiet(90), Floors.load());
        long province = jdbc.sql("""
                        select r.province_unit_id from unit_result r where r.unit_id = ? and r.year = 2025""").param(commune).query(Long.class).single();
        long setId = catalog.set(SET).id();
        String where = " where set_id = " + setId + " and year = 2025 and unit_id = " + commune;
        double floor = floors.queryMs(30, "select * from unit_result" + where)
                + floors.queryMs(30, "select * from criterion_result" + where)
                + floors.queryMs(30, "select * from indicator_result" + where)
                + floors.queryMs(30, "select * from assessment_value" + where);
        measure("/assessments/" + commune + "/" + SET + "/2025", "commune year page", floor, true);
        measure("/assessments/" + commune + "/" + SET + "/2025/criteria/15", "criterion entry page", 0, false);
        measure("/overview/" + province + "/" + SET + "/2025", "province view", 0, false);
        // what any signed-in page costs here (security filters, user look-up, session write): the year page's own
        // share is its time less this one
        measure("/account", "account page (the cost every signed-in request pays)", 0, false);
    }

    /**
     * A page's times after 5 requests of it and after 100 more. Only the first page measured ({@code fresh}) meets
     * a server that has served no page yet; the later ones share code the pages before them had the JIT compile,
     * so their first figure is not a fresh server's, and the label says so.
     */
    private void measure(String url, String what, double floorMs, boolean fresh) {
        try {
            // first as a server just started serves it (the JIT has compiled little of the page's code), then as a
            // server that has served it a hundred times more: the goal is the page's time on a running server
            Timed first = timed(url, 5);
            Timed warm = timed(url, 100);
            System.out.printf(
                    "BENCH %s (national data loaded): %.1f ms server time (median of %d; %s), %,d bytes of HTML;"
                            + " %.1f ms CPU on the request thread; after %d requests more: %.1f ms, %.1f ms CPU%n",
                    what,
                    first.ms,
                    first.samples,
                    fresh
                            ? "fresh: after 5 requests, the first page this server served"
                            : "after 5 requests of this page, on a server warmed by the pages before: not fresh",
                    first.bytes,
                    first.cpuMs,
                    100 + first.samples,
                    warm.ms,
                    warm.cpuMs);
            printStatements(url, what);
            if (floorMs > 0) {
                Floors.print(
                        what + " (floor: its stored result rows read by one query each; warm)",
                        warm.ms,
                        floorMs,
                        "ms",
                        "< 30 ms, < 50 KB (" + warm.bytes / 1024 + " KB)");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Timed(double ms, double cpuMs, int bytes, int samples) {}

    /** Medians of the page's wall and CPU time over 30 requests (more on request), after {@code warmUp} untimed. */
    private Timed timed(String url, int warmUp) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call(url);
        }
        // more samples for a profile: -Dbench.page-samples=300
        double[] ms = new double[Integer.getInteger("bench.page-samples", 30)];
        // MockMvc serves the request on this thread: its CPU time leaves out the database's share and the time other
        // processes of a busy machine took the core, so it moves less from run to run than the wall time
        double[] cpuMs = new double[ms.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int bytes = 0;
        for (int i = 0; i < ms.length; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            bytes = call(url);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
        }
        return new Timed(Floors.median(ms), Floors.median(cpuMs), bytes, ms.length);
    }

    /** The SQL statements and transactions of one more request, counted from Spring JDBC's debug log. */
    private void printStatements(String url, String what) throws Exception {
        List<ILoggingEvent> events;
        long statements;
        long transactions;
        try (JdbcLog log = JdbcLog.record()) {
            call(url);
            events = log.events();
            statements = log.statements().size();
            transactions = log.transactions();
        }
        System.out.printf(
                "BENCH %s: %d SQL statements, %d transactions per request (user look-up and session included)%n",
                what, statements, transactions);
        // where the request waits: the time from each statement's start to the next JDBC event, longest first
        List<String> slowest = new ArrayList<>();
        for (int i = 0; i + 1 < events.size(); i++) {
            String m = events.get(i).getFormattedMessage();
            if (JdbcLog.isStatement(m)) {
                long ms = events.get(i + 1).getTimeStamp() - events.get(i).getTimeStamp();
                slowest.add(String.format("%5d ms %s", ms, m.replaceAll("\\s+", " ")));
            }
        }
        slowest.sort((a, b) -> b.compareTo(a));
        slowest.stream()
                .limit(6)
                .forEach(line -> System.out.printf(
                        "BENCH %s statement: %s%n", what, line.substring(0, Math.min(line.length(), 220))));
    }

    private int call(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url)
                        .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("bench.admin"))))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray()
                .length;
    }

    private void synthetic47(List<Long> communes) {
        StringBuilder criteria = new StringBuilder();
        int code = 0;
        for (int c = 1; c <= 10; c++) {
            StringBuilder indicators = new StringBuilder();
            int count = c <= 7 ? 5 : 4;
            for (int i = 1; i <= count; i++) {
                code++;
                indicators.append(i > 1 ? "," : "").append("""
                        {"code":"%d.%d","text_vi":"Chỉ tiêu TỔNG HỢP (synthetic) %d","measure_unit":"%%","kind":"MEASURED",
                         "comparison":"GE","min_value":"0","max_value":"100","thresholds":[
                         {"key":"1","value":"60","source":"SYNTHETIC"},{"key":"2","value":"50","source":"SYNTHETIC"},
                         {"key":"3","value":"40","source":"SYNTHETIC"}]}""".formatted(c, i, code));
            }
            criteria.append(c > 1 ? "," : "").append("""
                    {"number":%d,"name_vi":"Tiêu chí tổng hợp %d","indicators":[%s]}""".formatted(c, c, indicators));
        }
        String file = """
                {"format":"ntm-criteria-set/1","code":"SYNTHETIC-47-2026-2030","name_vi":"Bộ tiêu chí TỔNG HỢP để đo hiệu năng",
                 "level":"COMMUNE_NTM","period_from":2026,"period_to":2030,"legal_reference":"SYNTHETIC - không phải văn bản",
                 "keying":"COMMUNE_GROUP","demo":true,"criteria":[%s]}""".formatted(criteria);
        sets.importSet("synthetic-47.json", file.getBytes(StandardCharsets.UTF_8));
        CriteriaSet set = catalog.set("SYNTHETIC-47-2026-2030");
        assertThat(set.indicatorCount()).isEqualTo(47);
        Random random = new Random(2026);
        List<ValueBatch.Row> rows = new ArrayList<>();
        for (long unit : communes) {
            set.indicators()
                    .forEach(i -> rows.add(new ValueBatch.Row(
                            "bench", unit, i.code(), ValueInput.of(String.valueOf(30 + random.nextInt(71))))));
        }
        long t0 = System.nanoTime();
        int written = batch.write(set.code(), 2026, rows, false).written();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "BENCH SYNTHETIC 47-indicator set: write %,d values of %,d communes: %.1f s, %,.0f values/s%n",
                written, communes.size(), seconds, written / seconds);
        t0 = System.nanoTime();
        judgements.rejudge(set.id(), 2026, communes);
        print("SYNTHETIC 47-indicator set: re-judge and store every commune for 2026", t0, "");
    }

    /**
     * One officer's save on screen ({@link Assessments#write}: scope, entry period, upsert, audit, re-judge), timed
     * from the call to the moment a listener hears the transaction's {@link ResultsChanged} after its commit. Each
     * save changes the value (so the stored result changes and the event is due), on communes no earlier figure
     * touched.
     */
    private void saveToDeliveredEvent(CriteriaSet set, List<Long> communes, double commit) {
        AtomicLong heardAt = new AtomicLong();
        AtomicReference<ResultsChanged> heard = new AtomicReference<>();
        ApplicationListener<ApplicationEvent> listener = e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof ResultsChanged changed) {
                heardAt.set(System.nanoTime());
                heard.set(changed);
            }
        };
        context.addApplicationListener(listener);
        List<Indicator> indicators = set.indicators().toList();
        double[] ms = new double[200];
        int next = 3;
        long last = 0;
        for (int i = 0; i < ms.length; i++) {
            Indicator indicator = indicators.get(i % indicators.size());
            // a commune the set covers (the list holds wards too, which the sheet path above writes regardless)
            long unit;
            do {
                unit = communes.get(next);
                next += 23;
            } while (!covered(unit));
            last = unit;
            var stored = jdbc.sql("""
                            select numeric_value, met, version from assessment_value
                            where unit_id = ? and set_id = ? and indicator_id = ? and year = 2025""")
                    .params(unit, set.id(), indicator.id())
                    .query((rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getObject(2), rs.getInt(3)})
                    .single();
            String changed;
            if (!indicator.measured()) {
                changed = Boolean.TRUE.equals(stored[1]) ? "Không đạt" : "Đạt";
            } else {
                int number = ((BigDecimal) stored[0]).intValue();
                changed = String.valueOf(number >= 100 ? number - 1 : number + 1);
            }
            heard.set(null);
            long t0 = System.nanoTime();
            assessments.write(
                    unit,
                    SET,
                    2025,
                    indicator.code(),
                    new ValueInput(changed, null, null, null, (Integer) stored[2], null));
            assertThat(heard.get())
                    .as("ResultsChanged heard after the save's commit")
                    .isNotNull();
            assertThat(heard.get().unitIds(set.id(), 2025)).containsExactly(unit);
            ms[i] = (heardAt.get() - t0) / 1e6;
        }
        context.removeApplicationListener(listener);
        printRoundTrips(set, last);
        double median = Floors.median(ms);
        System.out.printf(
                "BENCH save one value on screen -> stored judgement -> ResultsChanged heard (median of 200):"
                        + " %.2f ms; one commit of one row: %.2f ms; beyond the commit: %.2f ms%n",
                median, commit, median - commit);
        Floors.print(
                "save one value -> stored judgement -> ResultsChanged delivered",
                median,
                commit,
                "ms",
                "< commit + 3 ms");
    }

    /** What one more such save sends to the server (counted from the driver's log, so not timed). */
    private void printRoundTrips(CriteriaSet set, long unit) {
        Indicator indicator =
                set.indicators().filter(Indicator::measured).findFirst().orElseThrow();
        var stored = jdbc.sql("""
                        select numeric_value, version from assessment_value
                        where unit_id = ? and set_id = ? and indicator_id = ? and year = 2025""")
                .params(unit, set.id(), indicator.id())
                .query((rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getInt(2)})
                .single();
        int number = ((BigDecimal) stored[0]).intValue();
        String changed = String.valueOf(number >= 100 ? number - 1 : number + 1);
        try (RoundTrips trips = RoundTrips.count()) {
            assessments.write(
                    unit,
                    SET,
                    2025,
                    indicator.code(),
                    new ValueInput(changed, null, null, null, (Integer) stored[1], null));
            RoundTrips.Sent sent = trips.sent();
            System.out.printf(
                    "BENCH one save on screen sends %d statements in %d round trips (commit included)%n",
                    sent.statements().size(), sent.roundTrips());
        }
    }

    private boolean covered(long unit) {
        try {
            assessments.target(unit, SET, 2025);
            return true;
        } catch (BadInputException e) {
            return false;
        }
    }

    private byte[] changedSet() {
        String json = new String(export.exportSet(SET), StandardCharsets.UTF_8);
        String changed = json.replaceFirst("(\"key\" : \"DBSH\",\\s*\"value\" : \")70(\")", "$165$2");
        assertThat(changed).isNotEqualTo(json);
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    private static String value(Indicator i, Random random) {
        if (!i.measured()) {
            return random.nextInt(10) == 0 ? "Không đạt" : "Đạt";
        }
        if (i.comparison().rising()) {
            return String.valueOf(40 + random.nextInt(61)).replace('.', ',');
        }
        return String.valueOf(random.nextInt(30));
    }

    private List<Long> communesOn(String date) {
        return jdbc.sql("""
                        select id from admin_unit where level = 'COMMUNE' and valid_from <= cast(? as date)
                        and (valid_to is null or valid_to > cast(? as date)) order by id""").params(date, date).query(Long.class).list();
    }

    /** SYNTHETIC: region by province code, one commune in ten especially difficult, group by id. */
    /** Every stored result row of the set-year, for the COPY floor. */
    static List<Floors.Part> resultParts(long setId, int year) {
        String where = " where set_id = " + setId + " and year = " + year;
        return List.of(
                new Floors.Part("unit_result", "select * from unit_result" + where),
                new Floors.Part("criterion_result", "select * from criterion_result" + where),
                new Floors.Part("indicator_result", "select * from indicator_result" + where));
    }

    private void syntheticAttributes(List<Long> before, List<Long> after) {
        jdbc.sql("""
                        insert into unit_attribute (unit_id, attribute, value, valid_from, valid_to, legal_basis)
                        select u.id, 'REGION', (array['TDMNPB','DBSH','BTB','DHNTB','TN','DNB','DBSCL'])[1 + (u.id % 7)],
                               u.valid_from, u.valid_to, 'SYNTHETIC benchmark'
                        from admin_unit u where u.id = any(?)""").param(before.toArray(Long[]::new)).update();
        jdbc.sql("""
                        insert into unit_attribute (unit_id, attribute, value, valid_from, valid_to, legal_basis)
                        select u.id, 'ESPECIALLY_DIFFICULT', 'true', u.valid_from, u.valid_to, 'SYNTHETIC benchmark'
                        from admin_unit u where u.id = any(?) and u.id % 10 = 0""").param(before.toArray(Long[]::new)).update();
        jdbc.sql("""
                        insert into unit_attribute (unit_id, attribute, value, valid_from, valid_to, legal_basis)
                        select u.id, 'COMMUNE_GROUP', (1 + u.id % 3)::text, u.valid_from, u.valid_to,
                               'SYNTHETIC benchmark'
                        from admin_unit u where u.id = any(?)""").param(after.toArray(Long[]::new)).update();
    }

    /** SYNTHETIC: one overlay per province of 2025-03 setting every measured indicator without a national value. */
    private void syntheticOverlays() {
        CriteriaSet set = catalog.set(SET);
        StringBuilder thresholds = new StringBuilder();
        set.indicators()
                .filter(Indicator::measured)
                .filter(i -> !List.of("3.1", "15.3", "15.4").contains(i.code()))
                .forEach(i -> thresholds
                        .append(thresholds.isEmpty() ? "" : ",")
                        .append("{\"indicator\":\"%s\",\"value\":\"%s\",\"source\":\"SYNTHETIC\"}"
                                .formatted(i.code(), i.comparison().rising() ? "60" : "20")));
        List<String> provinces = jdbc.sql("""
                        select code from admin_unit where level = 'PROVINCE' and valid_from <= date '2025-03-31'
                        and (valid_to is null or valid_to > date '2025-03-31')""").query(String.class).list();
        long t0 = System.nanoTime();
        for (String province : provinces) {
            String file = """
                    {"format":"ntm-criteria-overlay/1","set":"%s","province_code":"%s","province_on":"2025-03-31",
                     "decision":"SYNTHETIC-%s","valid_from":"2022-01-01","demo":true,"thresholds":[%s]}""".formatted(SET, province, province, thresholds);
            overlays.importOverlay("synthetic.json", file.getBytes(StandardCharsets.UTF_8));
        }
        print("load " + provinces.size() + " SYNTHETIC provincial overlays", t0, "");
    }

    private static void print(String what, long t0, String extra) {
        System.out.printf("BENCH %s: %.2f s %s%n", what, (System.nanoTime() - t0) / 1e9, extra);
    }
}
