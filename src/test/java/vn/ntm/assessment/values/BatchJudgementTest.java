package vn.ntm.assessment.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.access.SystemActor;
import vn.ntm.assessment.StoredJudgements;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;

/**
 * A batch judges the units it wrote from the values it holds in memory instead of reading them back: what it
 * stores must be exactly what a judgement from the stored values gives. On the demo's 2024 values: the commune with
 * values gets changed numbers for three quarters of its indicators (with trailing zeros and decimals, as typed) and changed verdicts, a commune without
 * values gets new ones; afterwards the stored results equal a fresh recomputation from the database, a re-judge
 * finds nothing to rewrite, and every written value has one audit row.
 */
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=batch_judgement",
            "ntm.embedded-db.fresh=true",
            // the demo has too few communes for a national sheet's batch: judged alongside from 500 values here
            "ntm.values.judged-alongside-from=500"
        })
class BatchJudgementTest {

    static final String SET = "NTM-XA-2021-2025";
    static final int YEAR = 2024;

    @Autowired
    ValueBatch batch;

    @Autowired
    Judgements judgements;

    @Autowired
    Catalog catalog;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void what_a_batch_stores_equals_a_judgement_of_the_stored_values() {
        CriteriaSet set = catalog.set(SET);
        long valued = jdbc.sql("select min(unit_id) from assessment_value where set_id = ? and year = ?")
                .params(set.id(), YEAR)
                .query(Long.class)
                .single();
        long empty = jdbc.sql("""
                        select min(u.id) from admin_unit u where u.level = 'COMMUNE'
                        and u.valid_from <= date '2024-12-31' and (u.valid_to is null or u.valid_to > date '2024-12-31')
                        and not exists (select 1 from assessment_value v where v.unit_id = u.id and v.year = ?)""").param(YEAR).query(Long.class).single();
        int storedBefore = count(valued);
        assertThat(storedBefore).as("the demo commune has values").isPositive();
        long auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_log")
                .query(Long.class)
                .single();

        List<ValueBatch.Row> rows = new ArrayList<>();
        int i = 0;
        for (Indicator indicator : set.indicators().toList()) {
            String text = indicator.measured()
                    ? (i % 2 == 0 ? "12,50" : String.valueOf(40 + i))
                    : (i % 3 == 0 ? "Không đạt" : "Đạt");
            // a quarter of the commune's stored values is left as it is: judged from what was stored before
            for (long unit : i % 4 == 3 ? List.of(empty) : List.of(valued, empty)) {
                rows.add(new ValueBatch.Row(
                        "dòng " + i, unit, indicator.code(), new ValueInput(text, false, null, null, null, null)));
            }
            i++;
        }
        ValueBatch.Report report = system.run("batch-test", () -> batch.write(SET, YEAR, rows, true));

        assertThat(report.applied()).isTrue();
        assertThat(report.written()).isPositive();
        List<Long> units = List.of(valued, empty);
        assertThat(StoredJudgements.stored(jdbc, set.id(), YEAR, units))
                .isEqualTo(StoredJudgements.fresh(judgements.judge(set.id(), YEAR, units)));
        // a re-judge from the database finds the digests the batch stored: it rewrites no row (xmin stays)
        List<String> written = resultVersions(set.id(), units);
        tx.executeWithoutResult(s -> judgements.rejudge(set.id(), YEAR, units));
        assertThat(resultVersions(set.id(), units)).isEqualTo(written);
        long audited = jdbc.sql("select count(distinct entity_id) from audit_log where id > ? and entity_type = ?")
                .params(auditBefore, Assessments.ENTITY)
                .query(Long.class)
                .single();
        assertThat(audited).as("one audit row per written value").isEqualTo(report.written());
    }

    /**
     * A large batch (over the 500 values set above; 5,000 in the application) is judged on a thread of its own while
     * its values are sent: what it stores is still exactly a judgement of the stored values, for the commune with
     * values and every commune without but the first (the other test's).
     */
    @Test
    void a_large_batch_judged_alongside_its_writes_stores_the_same() {
        CriteriaSet set = catalog.set(SET);
        long valued = jdbc.sql("select min(unit_id) from assessment_value where set_id = ? and year = ?")
                .params(set.id(), YEAR)
                .query(Long.class)
                .single();
        List<Long> empty = jdbc.sql("""
                        select u.id from admin_unit u where u.level = 'COMMUNE'
                        and u.valid_from <= date '2024-12-31' and (u.valid_to is null or u.valid_to > date '2024-12-31')
                        and not exists (select 1 from assessment_value v where v.unit_id = u.id and v.year = ?)
                        order by u.id offset 1""").param(YEAR).query(Long.class).list();
        List<Long> units = new ArrayList<>(empty);
        units.add(valued);
        List<Indicator> indicators = set.indicators().toList();
        assertThat(units.size() * indicators.size())
                .as("more values than are judged after the writes")
                .isGreaterThan(500);
        List<ValueBatch.Row> rows = new ArrayList<>();
        int i = 0;
        for (long unit : units) {
            for (Indicator indicator : indicators) {
                String text = indicator.measured()
                        ? String.valueOf(i % 97) + (i % 5 == 0 ? ",50" : "")
                        : (i % 3 == 0 ? "Không đạt" : "Đạt");
                rows.add(new ValueBatch.Row(
                        "dòng " + i, unit, indicator.code(), new ValueInput(text, false, null, null, null, null)));
                i++;
            }
        }
        ValueBatch.Report report = system.run("batch-test", () -> batch.write(SET, YEAR, rows, true));

        assertThat(report.applied()).isTrue();
        assertThat(report.written()).isGreaterThan(500);
        assertThat(StoredJudgements.stored(jdbc, set.id(), YEAR, units))
                .isEqualTo(StoredJudgements.fresh(judgements.judge(set.id(), YEAR, units)));
    }

    private List<String> resultVersions(long setId, List<Long> units) {
        return jdbc.sql("""
                        select unit_id || ' ' || xmin::text from unit_result
                        where set_id = ? and year = ? and unit_id = any(?) order by unit_id""")
                .params(setId, YEAR, units.toArray(Long[]::new))
                .query(String.class)
                .list();
    }

    private int count(long unit) {
        return jdbc.sql("select count(*) from assessment_value where unit_id = ? and year = ?")
                .params(unit, YEAR)
                .query(Integer.class)
                .single();
    }
}
