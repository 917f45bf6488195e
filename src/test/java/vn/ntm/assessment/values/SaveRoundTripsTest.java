package vn.ntm.assessment.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.access.SystemActor;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;
import vn.ntm.testing.RoundTrips;

/**
 * One save of a value waits for the server a few times, not once per statement: its lock, values and stored result
 * go in one round trip, its write, audit rows and changed result rows in another. What it stores is what a full
 * re-judge of the unit-year stores, row for row, although it rewrites only the rows that changed.
 */
@NtmTest
class SaveRoundTripsTest {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    Assessments assessments;

    @Autowired
    Judgements judgements;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_save_takes_a_few_round_trips_and_stores_what_a_full_rejudge_stores() {
        long unit = DemoPlaces.THUONG_LO.id(jdbc);
        long setId = setId();
        String original = value(unit);
        // 15.4 across its threshold and back: the indicator's row, its criterion's and the unit's change
        for (String typed : List.of("10", "99", "10", original)) {
            RoundTrips.Sent sent;
            try (RoundTrips trips = RoundTrips.count()) {
                save(unit, typed);
                sent = trips.sent();
            }
            System.out.printf(
                    "one save: %d statements, %d round trips (commit included)%n",
                    sent.statements().size(), sent.roundTrips());
            assertThat(sent.roundTrips())
                    .as("round trips of one save (before: 19)")
                    .isLessThanOrEqualTo(10);
            assertAFullRejudgeStoresTheSame(unit, setId);
        }
        assertThat(value(unit)).isEqualTo(original);
    }

    /**
     * A save judges with its unit's attributes as committed when it holds the lock: a change committed elsewhere
     * (here by plain SQL, as another instance would, so no event tells this one) is seen by the next save.
     */
    @Test
    void a_save_after_a_unit_attribute_changed_elsewhere_judges_with_the_new_attribute() {
        long unit = DemoPlaces.THUONG_LO.id(jdbc);
        long setId = setId();
        String original = value(unit);
        try {
            save(unit, "10");
            assertThat(keyReason(unit, setId)).isEqualTo("ESPECIALLY_DIFFICULT");
            especiallyDifficult(unit, "false");
            save(unit, "11");
            assertThat(keyReason(unit, setId))
                    .as("judged with the attribute committed after the previous save")
                    .isEqualTo("REGION");
            assertAFullRejudgeStoresTheSame(unit, setId);
        } finally {
            especiallyDifficult(unit, "true");
            save(unit, original);
        }
        assertThat(keyReason(unit, setId)).isEqualTo("ESPECIALLY_DIFFICULT");
    }

    private long setId() {
        return jdbc.sql("select id from criteria_set where code = ?")
                .param(SET)
                .query(Long.class)
                .single();
    }

    /** The unit-year's result rows are what a full re-judge writes afresh from the values in the database. */
    private void assertAFullRejudgeStoresTheSame(long unit, long setId) {
        List<String> stored = storedRows(unit, setId);
        // a cleared digest makes the re-judge write every row again
        jdbc.sql("update unit_result set result_digest = null where unit_id = ? and set_id = ? and year = 2024")
                .params(unit, setId)
                .update();
        system.run("test", () -> judgements.rejudge(setId, 2024, List.of(unit)));
        assertThat(storedRows(unit, setId)).isEqualTo(stored);
    }

    private void save(long unit, String typed) {
        system.run("test", () -> assessments.write(unit, SET, 2024, "15.4", input(typed, version(unit))));
    }

    private void especiallyDifficult(long unit, String value) {
        jdbc.sql("update unit_attribute set value = ? where unit_id = ? and attribute = 'ESPECIALLY_DIFFICULT'")
                .params(value, unit)
                .update();
    }

    private String keyReason(long unit, long setId) {
        return jdbc.sql("select key_reason from unit_result where unit_id = ? and set_id = ? and year = 2024")
                .params(unit, setId)
                .query(String.class)
                .single();
    }

    private static ValueInput input(String value, int version) {
        return new ValueInput(value, null, null, null, version, null);
    }

    private String value(long unit) {
        return jdbc.sql("""
                        select v.numeric_value::text from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""").param(unit).query(String.class).single();
    }

    private int version(long unit) {
        return jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""").param(unit).query(Integer.class).single();
    }

    /** Every stored result row of the unit-year as text (the digest and judging time aside), in key order. */
    private List<String> storedRows(long unit, long setId) {
        return jdbc.sql("""
                        select 'u ' || (r.*)::text from (select unit_id, met_count, criteria_count, verdict,
                            not_met_indicators, no_data_indicators, not_configured_indicators, not_evaluated_indicators,
                            province_unit_id, overlay_id, effective_key, key_reason, reference_date, unverified_values,
                            unverified_thresholds from unit_result where unit_id = ? and set_id = ? and year = 2024) r
                        union all
                        select 'c ' || c::text from (select * from criterion_result
                            where unit_id = ? and set_id = ? and year = 2024 order by criterion_number) c
                        union all
                        select 'i ' || i::text from (select * from indicator_result
                            where unit_id = ? and set_id = ? and year = 2024 order by indicator_id) i""").params(unit, setId, unit, setId, unit, setId).query(String.class).list().stream()
                .sorted()
                .toList();
    }
}
