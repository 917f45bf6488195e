package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.JdbcLog;
import vn.ntm.testing.NtmTest;

/**
 * The commune year page and the province view answer in a few round trips to the database: each statement and
 * each transaction is one. Counted from Spring JDBC's own log, for a user signed in already (no password check).
 */
@NtmTest
class YearPageQueriesTest {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    /** Statements and transactions one request runs, after a first request has warmed the caches. */
    record Trips(List<String> statements, int transactions) {}

    Trips trips(String url, String user) throws Exception {
        UserDetails signedIn = accounts.loadUserByUsername(user);
        call(url, signedIn);
        List<String> statements;
        int transactions;
        try (JdbcLog log = JdbcLog.record()) {
            call(url, signedIn);
            statements = log.statements();
            transactions = log.transactions();
        }
        statements.forEach(s -> System.out.println("SQL " + s.replaceAll("\\s+", " ")));
        System.out.printf("QUERIES %s: %d statements, %d transactions%n", url, statements.size(), transactions);
        return new Trips(statements, transactions);
    }

    private void call(String url, UserDetails user) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(url).with(SecurityMockMvcRequestPostProcessors.user(user)))
                .andExpect(MockMvcResultMatchers.status().isOk());
    }

    static long count(List<String> statements, String part) {
        return statements.stream().filter(s -> s.contains(part)).count();
    }

    /**
     * Before: 25 statements in 13 transactions (the unit read five times, the sets and their bands twice, a query
     * per predecessor, the demo banner's on every page). The two session inserts are the test's own (no cookie).
     */
    @Test
    void the_commune_year_page_reads_its_unit_once_and_its_results_in_a_few_statements() throws Exception {
        long commune = new Api(mvc).unitId(DemoPlaces.THUONG_LO);
        Trips trips = trips("/assessments/" + commune + "/" + SET + "/2024", "xa.thuonglo");
        assertThat(count(trips.statements(), "where u.id = ? order by s.valid_from desc limit 1"))
                .as("the unit's latest state, read once")
                .isEqualTo(1);
        assertThat(count(trips.statements(), "from criteria_set "))
                .as("the sets, from the cached catalog")
                .isZero();
        assertThat(count(trips.statements(), "where demo)"))
                .as("the demo banner, settled")
                .isZero();
        assertThat(count(trips.statements(), "unit_lineage_view"))
                .as("lineage and history in one query")
                .isEqualTo(1);
        assertThat(trips.transactions())
                .as("one read-only transaction, one for the session")
                .isLessThanOrEqualTo(2);
        assertThat(trips.statements()).hasSizeLessThanOrEqualTo(14);
    }

    /** Before: 21 statements in 9 transactions, the unit tree walked twice (counts, then the page). */
    @Test
    void the_province_view_reads_the_unit_tree_once() throws Exception {
        long province = new Api(mvc).unitId(DemoPlaces.THUA_THIEN_HUE);
        Trips trips = trips("/overview/" + province + "/" + SET + "/2024", "tinh.hue");
        assertThat(count(trips.statements(), "with recursive roots")).isEqualTo(1);
        assertThat(count(trips.statements(), "from criteria_set ")).isZero();
        assertThat(trips.transactions()).isLessThanOrEqualTo(2);
        assertThat(trips.statements()).hasSizeLessThanOrEqualTo(10);
    }
}
