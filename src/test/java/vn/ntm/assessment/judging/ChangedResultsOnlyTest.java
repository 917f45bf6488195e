package vn.ntm.assessment.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.assessment.StoredJudgements;

/**
 * A re-judge writes only the unit results that changed: on the demo's stored values of 2024, a re-judge of the
 * communes (one with values, the others without: no data) changes nothing and rewrites no row (PostgreSQL's xmin
 * of every result row stays), while one changed value rewrites that commune's rows and no other's; a result stored without a digest (before V21) is
 * rewritten once. After each step the stored results equal a fresh recomputation.
 */
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=changed_results",
            "ntm.embedded-db.fresh=true"
        })
class ChangedResultsOnlyTest {

    static final String SET = "NTM-XA-2021-2025";
    static final int YEAR = 2024;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Judgements judgements;

    @Autowired
    ResultStore results;

    @Autowired
    TransactionTemplate tx;

    long setId;
    long valued;
    List<Long> units;

    @BeforeEach
    void communesWithValues() {
        setId = jdbc.sql("select id from criteria_set where code = ?")
                .param(SET)
                .query(Long.class)
                .single();
        valued = jdbc.sql("select min(unit_id) from assessment_value where set_id = ? and year = ?")
                .params(setId, YEAR)
                .query(Long.class)
                .single();
        // the demo commune with values and every other commune of that day, without (judged too: no data)
        units = new ArrayList<>(jdbc.sql("""
                        select id from admin_unit where level = 'COMMUNE' and id <> ? and valid_from <= date '2024-12-31'
                        and (valid_to is null or valid_to > date '2024-12-31') order by id""").param(valued).query(Long.class).list());
        units.add(valued);
        assertThat(units).as("demo communes of 2024").hasSizeGreaterThan(5);
        // whatever the demo stored, every unit now has a result with its digest
        rejudge();
    }

    @Test
    void a_rejudge_that_changes_nothing_writes_nothing_and_the_results_stay_exact() {
        Map<String, String> before = rowVersions();

        assertThat(rejudge()).isEmpty();

        assertThat(rowVersions()).isEqualTo(before);
        assertExact();
    }

    @Test
    void one_changed_value_rewrites_only_that_communes_result() {
        long unit = valued;
        Map<String, String> before = rowVersions();
        int updated = jdbc.sql("""
                        update assessment_value set numeric_value = numeric_value + 1
                        where id = (select min(id) from assessment_value where set_id = ? and year = ? and unit_id = ?
                                    and numeric_value is not null)""").params(setId, YEAR, unit).update();
        assertThat(updated).isEqualTo(1);

        assertThat(rejudge()).containsExactly(unit);

        Map<String, String> after = rowVersions();
        before.forEach((row, version) -> {
            if (row.startsWith(unit + " ")) {
                assertThat(after.get(row)).as("rewritten: %s", row).isNotEqualTo(version);
            } else {
                assertThat(after.get(row)).as("left alone: %s", row).isEqualTo(version);
            }
        });
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertExact();
    }

    @Test
    void a_result_stored_without_digest_is_rewritten_once() {
        long unit = units.get(0);
        jdbc.sql("update unit_result set result_digest = null where set_id = ? and year = ? and unit_id = ?")
                .params(setId, YEAR, unit)
                .update();

        assertThat(rejudge()).containsExactly(unit);
        assertThat(rejudge()).isEmpty();
        assertExact();
    }

    @Test
    void a_stored_result_whose_digest_no_longer_matches_is_rewritten() {
        long unit = units.get(1);
        // a stored row altered behind the store's back keeps its digest: the digest, not the rows, is compared,
        // which is why every writer of results goes through ResultStore
        jdbc.sql(
                        "update unit_result set result_digest = result_digest + 1 where set_id = ? and year = ? and unit_id = ?")
                .params(setId, YEAR, unit)
                .update();

        assertThat(rejudge()).containsExactly(unit);
        assertExact();
    }

    private Set<Long> rejudge() {
        return tx.execute(s -> results.replace(setId, YEAR, units, judgements.judge(setId, YEAR, units)));
    }

    private void assertExact() {
        assertThat(StoredJudgements.stored(jdbc, setId, YEAR, units))
                .isEqualTo(StoredJudgements.fresh(judgements.judge(setId, YEAR, units)));
    }

    /** Every result row of the units, by unit and key, with the transaction that last wrote it (xmin). */
    private Map<String, String> rowVersions() {
        Long[] ids = units.toArray(Long[]::new);
        Map<String, String> versions = new HashMap<>();
        jdbc.sql("select unit_id, xmin::text from unit_result where set_id = ? and year = ? and unit_id = any(?)")
                .params(setId, YEAR, ids)
                .query(rs -> {
                    versions.put(rs.getLong(1) + " unit", rs.getString(2));
                });
        jdbc.sql("""
                        select unit_id, criterion_number, xmin::text from criterion_result
                        where set_id = ? and year = ? and unit_id = any(?)""").params(setId, YEAR, ids).query(rs -> {
            versions.put(rs.getLong(1) + " criterion " + rs.getInt(2), rs.getString(3));
        });
        jdbc.sql("""
                        select unit_id, indicator_id, xmin::text from indicator_result
                        where set_id = ? and year = ? and unit_id = any(?)""").params(setId, YEAR, ids).query(rs -> {
            versions.put(rs.getLong(1) + " indicator " + rs.getLong(2), rs.getString(3));
        });
        return versions;
    }
}
