package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.access.SystemActor;
import vn.ntm.assessment.Results.CommuneFilter;
import vn.ntm.assessment.Results.CommunePage;
import vn.ntm.assessment.Results.CommuneStanding;
import vn.ntm.assessment.judging.IndicatorResult;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.assessment.judging.UnitJudgement;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.criteria.Catalog;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.testing.Api;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.Units;

/**
 * The assessment module's front door on the demo data: the stored standing of a unit-year is what judging gives
 * and what its year page shows; the communes under a province, a former district or the country, filtered and
 * paged; a unit's standings over the years; and {@link ResultsChanged}, once per transaction, after commit only.
 */
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=results_door_test",
            "ntm.embedded-db.fresh=true"
        })
@AutoConfigureMockMvc
@Import(ResultsDoorTest.Heard.class)
class ResultsDoorTest {

    static final String SET = "NTM-XA-2021-2025";

    /** Every ResultsChanged heard, with whether the value written was already visible to another connection. */
    @TestConfiguration
    static class Heard {
        final List<ResultsChanged> events = new CopyOnWriteArrayList<>();
        final List<String> committedNumber = new CopyOnWriteArrayList<>();
        volatile Long watchedValue;

        @Autowired
        JdbcClient jdbc;

        @EventListener
        void on(ResultsChanged event) {
            events.add(event);
            Long watched = watchedValue;
            if (watched != null) {
                // another thread, so another connection: it sees only what was committed
                committedNumber.add(CompletableFuture.supplyAsync(() -> jdbc.sql(
                                        "select coalesce(numeric_value::text, '') from assessment_value where id = ?")
                                .param(watched)
                                .query(String.class)
                                .optional()
                                .orElse("none"))
                        .join());
            }
        }
    }

    @Autowired
    Results results;

    @Autowired
    Judgements judgements;

    @Autowired
    Assessments assessments;

    @Autowired
    Catalog catalog;

    @Autowired
    Units units;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MockMvc mvc;

    @Autowired
    Heard heard;

    @BeforeEach
    void listen() {
        heard.events.clear();
        heard.committedNumber.clear();
        heard.watchedValue = null;
    }

    @Autowired
    UserDetailsService accounts;

    /** Runs as a signed-in demo user (outside a request: the scope is computed for this call). */
    <T> T asUser(String username, Supplier<T> call) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext as = SecurityContextHolder.createEmptyContext();
        as.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(as);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    long unit(String code, String date) {
        return system.run(
                "test", () -> units.byCode(code, LocalDate.parse(date)).id());
    }

    @Test
    void one_unit_year_standing_is_the_stored_judgement_and_what_its_year_page_shows() throws Exception {
        long thuongLo = unit("20185", "2024-12-31");
        long setId = catalog.set(SET).id();
        Standing standing = system.run("test", () -> results.standing(thuongLo, SET, 2024));
        UnitJudgement live = judgements.judge(setId, 2024, List.of(thuongLo)).get(0);

        assertThat(standing.summary()).isEqualTo("đạt 17/19 tiêu chí");
        assertThat(standing.metCount()).isEqualTo(live.metCount());
        assertThat(standing.verdict()).isEqualTo(live.verdict());
        assertThat(standing.effectiveKey())
                .isEqualTo(live.context().effectiveKey().key());
        assertThat(standing.referenceDate()).isEqualTo(live.context().referenceDate());
        Map<String, IndicatorResult> judged =
                live.indicators().stream().collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
        List<Standing.IndicatorLine> lines = standing.criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .toList();
        assertThat(lines).hasSize(judged.size());
        for (Standing.IndicatorLine line : lines) {
            IndicatorResult r = judged.get(line.code());
            assertThat(line.status()).as(line.code()).isEqualTo(r.status());
            assertThat(plain(line.value())).as(line.code()).isEqualTo(plain(r.number()));
            assertThat(line.met()).as(line.code()).isEqualTo(r.met());
            assertThat(plain(line.threshold())).as(line.code()).isEqualTo(plain(r.thresholdValue()));
            assertThat(plain(line.gap())).as(line.code()).isEqualTo(plain(r.gap()));
            assertThat(line.thresholdKey()).as(line.code()).isEqualTo(r.thresholdKey());
            assertThat(line.thresholdYear()).as(line.code()).isEqualTo(r.thresholdYear());
            assertThat(line.thresholdSource()).as(line.code()).isEqualTo(r.thresholdSource());
            assertThat(line.thresholdFromOverlay()).as(line.code()).isEqualTo(r.fromOverlay());
            assertThat(line.notEvaluatedReason()).as(line.code()).isEqualTo(r.notEvaluatedReason());
        }
        assertThat(standing.unmet()).extracting(Standing.IndicatorLine::code).containsExactly("13.3", "15.4");

        String page = new Api(mvc).page("/assessments/" + thuongLo + "/" + SET + "/2024", "xa.thuonglo", "vi");
        assertThat(page).contains(standing.summary());

        // read from storage, not judged again: a stored criterion changed by hand shows (and is rolled back)
        Integer shown = tx.execute(s -> {
            jdbc.sql("""
                            update criterion_result set status = 'MET'
                            where set_id = ? and year = 2024 and unit_id = ? and status = 'NOT_MET'""").params(setId, thuongLo).update();
            s.setRollbackOnly();
            return system.run("test", () -> results.standing(thuongLo, SET, 2024))
                    .metCount();
        });
        assertThat(shown).isEqualTo(19);
    }

    long valuesOf(long unitId) {
        return jdbc.sql("select count(*) from assessment_value where unit_id = ? and year = 2025")
                .param(unitId)
                .query(Long.class)
                .single();
    }

    /** The same number whatever its scale (the database keeps 30 for a judged 3E+1). */
    static String plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    @Test
    void communes_under_a_province_a_former_district_or_the_country_are_filtered_and_paged() {
        long hue = unit("46", "2024-12-31");
        long thuongLo = unit("20185", "2024-12-31");
        CommunePage all = system.run("test", () -> results.communes(hue, SET, 2024, CommuneFilter.any(), 0, 500));
        assertThat(all.total())
                .isGreaterThanOrEqualTo(3)
                .isEqualTo(all.matching())
                .isEqualTo(all.items().size());
        CommuneStanding thuongLoRow = all.items().stream()
                .filter(c -> c.unitId() == thuongLo)
                .findFirst()
                .orElseThrow();
        assertThat(thuongLoRow.metCount()).isEqualTo(17);
        assertThat(thuongLoRow.criteriaCount()).isEqualTo(19);
        assertThat(thuongLoRow.verdict()).isEqualTo("NOT_MET");
        assertThat(thuongLoRow.unmet()).containsExactly("13.3", "15.4");
        assertThat(all.withResults()).isEqualTo((int)
                all.items().stream().filter(c -> c.metCount() != null).count());

        // pages: the same communes, in order, none twice, none left out
        CommunePage first = system.run("test", () -> results.communes(hue, SET, 2024, CommuneFilter.any(), 0, 2));
        CommunePage second = system.run("test", () -> results.communes(hue, SET, 2024, CommuneFilter.any(), 1, 2));
        assertThat(first.items())
                .hasSize(2)
                .containsExactlyElementsOf(all.items().subList(0, 2));
        assertThat(second.items())
                .containsExactlyElementsOf(
                        all.items().subList(2, Math.min(4, all.items().size())));
        assertThat(first.total()).isEqualTo(all.total());
        CommunePage beyond = system.run("test", () -> results.communes(hue, SET, 2024, CommuneFilter.any(), 99, 2));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.matching()).isEqualTo(all.total());

        // filters: by verdict, by criteria met, by former district
        CommunePage notMet = system.run(
                "test",
                () -> results.communes(
                        hue, SET, 2024, new CommuneFilter(null, null, "NOT_MET", null, null, null, null), 0, 500));
        assertThat(notMet.items()).extracting(CommuneStanding::verdict).containsOnly("NOT_MET");
        assertThat(notMet.items()).extracting(CommuneStanding::unitId).contains(thuongLo);
        CommunePage eighteen = system.run(
                "test",
                () -> results.communes(
                        hue, SET, 2024, new CommuneFilter(18, null, null, null, null, null, null), 0, 500));
        assertThat(eighteen.items()).extracting(CommuneStanding::unitId).doesNotContain(thuongLo);
        assertThat(eighteen.total())
                .as("counts are of every commune, not only the matching")
                .isEqualTo(all.total());
        String district = thuongLoRow.district();
        assertThat(district).isNotBlank();
        CommunePage inDistrict = system.run(
                "test",
                () -> results.communes(
                        hue, SET, 2024, new CommuneFilter(null, null, null, district, null, null, null), 0, 500));
        assertThat(inDistrict.items()).extracting(CommuneStanding::district).containsOnly(district);
        assertThat(inDistrict.items()).extracting(CommuneStanding::unitId).contains(thuongLo);

        // under the former district itself, and under the country
        long districtId = system.run("test", () -> units.ancestors(thuongLo, LocalDate.of(2024, 12, 31))).stream()
                .filter(u -> u.level() == UnitLevel.DISTRICT)
                .findFirst()
                .orElseThrow()
                .id();
        CommunePage underDistrict =
                system.run("test", () -> results.communes(districtId, SET, 2024, CommuneFilter.any(), 0, 500));
        assertThat(underDistrict.items())
                .extracting(CommuneStanding::unitId)
                .containsExactlyElementsOf(
                        inDistrict.items().stream().map(CommuneStanding::unitId).toList());
        CommunePage country = system.run(
                "test",
                () -> results.communes(
                        null, SET, 2024, new CommuneFilter(17, 17, null, null, null, null, null), 0, 500));
        assertThat(country.items()).extracting(CommuneStanding::unitId).contains(thuongLo);
        assertThat(country.total()).isGreaterThanOrEqualTo(all.total());

        assertThatThrownBy(() -> system.run("test", () -> results.communes(hue, SET, 2024, null, 0, 0)))
                .isInstanceOf(BadInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "results.error.size");
        assertThatThrownBy(() -> system.run("test", () -> results.communes(hue, SET, 2024, null, -1, 10)))
                .isInstanceOf(BadInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "results.error.page");
    }

    @Test
    void the_country_is_its_provinces_together_paged_sorted_and_filtered_in_the_database() {
        List<Long> provinces = jdbc.sql("""
                        select id from admin_unit where level = 'PROVINCE' and valid_from <= date '2024-12-31'
                        and (valid_to is null or valid_to > date '2024-12-31')""").query(Long.class).list();
        assertThat(provinces).hasSizeGreaterThan(1);
        int total = 0;
        int meeting = 0;
        int withResults = 0;
        List<Long> inProvinces = new ArrayList<>();
        for (long province : provinces) {
            CommunePage p =
                    system.run("test", () -> results.communes(province, SET, 2024, CommuneFilter.any(), 0, 500));
            total += p.total();
            meeting += p.meeting();
            withResults += p.withResults();
            p.items().forEach(c -> inProvinces.add(c.unitId()));
        }
        CommunePage country = system.run("test", () -> results.communes(null, SET, 2024, CommuneFilter.any(), 0, 500));
        assertThat(country.total()).isEqualTo(total).isEqualTo(country.matching());
        assertThat(country.meeting()).isEqualTo(meeting);
        assertThat(country.withResults()).isEqualTo(withResults).isPositive();
        assertThat(country.byBucket().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("every commune with a result falls in one class")
                .isEqualTo(withResults);
        assertThat(country.items())
                .extracting(CommuneStanding::unitId)
                .containsExactlyInAnyOrderElementsOf(inProvinces.subList(0, Math.min(500, inProvinces.size())));

        // most criteria met first, no result last; pages of three give the same communes once each, in order
        CommuneFilter most = new CommuneFilter(null, null, null, null, null, null, "metDesc");
        List<CommuneStanding> sorted = system.run("test", () -> results.communes(null, SET, 2024, most, 0, 500))
                .items();
        assertThat(sorted)
                .extracting(CommuneStanding::metCount)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
        List<CommuneStanding> paged = new ArrayList<>();
        for (int page = 0; page * 3 < Math.min(12, sorted.size()); page++) {
            int p = page;
            paged.addAll(system.run("test", () -> results.communes(null, SET, 2024, most, p, 3))
                    .items());
        }
        assertThat(paged).containsExactlyElementsOf(sorted.subList(0, paged.size()));

        // one unmet indicator, one verdict: only those communes, the counts still of every commune
        long thuongLo = unit("20185", "2024-12-31");
        CommunePage unmet = system.run(
                "test",
                () -> results.communes(
                        null,
                        SET,
                        2024,
                        new CommuneFilter(null, null, "NOT_MET", null, " 15.4 ", null, "met"),
                        0,
                        500));
        assertThat(unmet.items())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.unmet()).contains("15.4"));
        assertThat(unmet.items()).extracting(CommuneStanding::unitId).contains(thuongLo);
        assertThat(unmet.matching()).isEqualTo(unmet.items().size());
        assertThat(unmet.total()).isEqualTo(total);
    }

    @Test
    void a_province_officer_listing_the_country_sees_only_the_communes_of_their_province() {
        long hue = unit("46", "2024-12-31");
        CommunePage province = system.run("test", () -> results.communes(hue, SET, 2024, CommuneFilter.any(), 0, 500));
        CommunePage seen = asUser("tinh.hue", () -> results.communes(null, SET, 2024, CommuneFilter.any(), 0, 500));
        assertThat(seen.items())
                .extracting(CommuneStanding::unitId)
                .containsExactlyElementsOf(
                        province.items().stream().map(CommuneStanding::unitId).toList());
        assertThat(seen.total()).isEqualTo(province.total());
    }

    @Test
    void a_units_standings_over_the_years_are_its_stored_results() {
        long thuongLo = unit("20185", "2024-12-31");
        List<Results.YearStanding> years = system.run("test", () -> results.overYears(thuongLo, SET));
        assertThat(years).isNotEmpty();
        assertThat(years).extracting(Results.YearStanding::year).isSorted().contains(2024);
        for (Results.YearStanding y : years) {
            Standing standing = system.run("test", () -> results.standing(thuongLo, SET, y.year()));
            assertThat(y.metCount()).as("year " + y.year()).isEqualTo(standing.metCount());
            assertThat(y.criteriaCount()).isEqualTo(standing.criteriaCount());
            assertThat(y.verdict()).isEqualTo(standing.verdict().name());
        }
        long stored = jdbc.sql("select count(*) from unit_result where unit_id = ? and set_id = ?")
                .params(thuongLo, catalog.set(SET).id())
                .query(Long.class)
                .single();
        assertThat(years).hasSize((int) stored);
    }

    @Test
    void results_changed_is_published_once_per_transaction_after_commit_naming_the_units_written() throws Exception {
        long kheTre = unit("20161", "2025-12-31");
        long setId = catalog.set(SET).id();
        var saved = system.run("test", () -> assessments.write(kheTre, SET, 2025, "15.1", ValueInput.of("91")));
        assertThat(heard.events).hasSize(1);
        assertThat(heard.events.get(0).unitIds(setId, 2025)).containsExactly(kheTre);
        assertThat(heard.events.get(0).changes()).hasSize(1);

        // the listener hears after commit: another connection already sees the new value
        heard.events.clear();
        heard.watchedValue = saved.value().id();
        int version = saved.value().version();
        int next = system.run(
                        "test",
                        () -> assessments.write(
                                kheTre, SET, 2025, "15.1", new ValueInput("93", null, null, null, version, null)))
                .value()
                .version();
        assertThat(heard.events).hasSize(1);
        assertThat(heard.committedNumber).hasSize(1);
        assertThat(new BigDecimal(heard.committedNumber.get(0))).isEqualByComparingTo("93");
        heard.watchedValue = null;

        // many writes and a re-judging of two units in one transaction: one event naming both
        heard.events.clear();
        long other =
                system
                        .run("test", () -> results.communes(null, SET, 2025, CommuneFilter.any(), 0, 500))
                        .items()
                        .stream()
                        .mapToLong(CommuneStanding::unitId)
                        .filter(id -> id != kheTre)
                        .findFirst()
                        .orElseThrow();
        tx.executeWithoutResult(s -> system.run("test", () -> {
            assessments.write(kheTre, SET, 2025, "13.1", ValueInput.of("Đạt"));
            assessments.write(kheTre, SET, 2025, "15.1", new ValueInput("95", null, null, null, next, null));
            judgements.rejudge(setId, 2025, List.of(kheTre, other));
        }));
        assertThat(heard.events).hasSize(1);
        assertThat(heard.events.get(0).unitIds(setId, 2025)).containsExactlyInAnyOrder(kheTre, other);

        // rolled back: nothing heard, nothing stored
        heard.events.clear();
        long before = valuesOf(kheTre);
        tx.executeWithoutResult(s -> {
            system.run("test", () -> assessments.write(kheTre, SET, 2025, "2.1", ValueInput.of("50")));
            s.setRollbackOnly();
        });
        assertThat(heard.events).isEmpty();
        assertThat(valuesOf(kheTre)).isEqualTo(before);

        // a refused write (stale version) rolls back and is not heard either
        assertThatThrownBy(() -> system.run(
                        "test",
                        () -> assessments.write(
                                kheTre, SET, 2025, "15.1", new ValueInput("94", null, null, null, version, null))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(heard.events).isEmpty();
    }
}
