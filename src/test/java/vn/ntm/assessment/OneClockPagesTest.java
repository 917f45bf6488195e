package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * One clock: with the server's own zone set to UTC (as on most servers), a moment recorded at 23:30 UTC on 1 March
 * is shown as 02/03/2026 06:30, Vietnam's time, on every page that shows it and in the API, never as UTC.
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=one_clock")
class OneClockPagesTest {

    static final TimeZone SERVERS_OWN = TimeZone.getDefault();

    static {
        // before the application starts: nothing may depend on the server's zone
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void serversOwnZoneAgain() {
        TimeZone.setDefault(SERVERS_OWN);
    }

    static final String SET = "NTM-XA-2021-2025";
    static final String MOMENT = "2026-03-01 23:30:00+00";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_change_history_shows_vietnam_time_while_the_jvm_runs_in_utc() throws Exception {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
        Api api = new Api(mvc);
        long thuongLo = api.unitId(DemoPlaces.THUONG_LO);
        long value = jdbc.sql("""
                        select v.id from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""").param(thuongLo).query(Long.class).single();
        jdbc.sql("""
                        insert into audit_log (at, actor, entity_type, entity_id, unit_id, action, field, old_value,
                                               new_value, reason)
                        values (?::timestamptz, 'xa.thuonglo', 'assessment_value', ?, ?, 'UPDATE', 'note', null,
                                'ghi chú lúc nửa đêm', null)""").params(MOMENT, value, thuongLo).update();

        String page = api.page("/assessments/" + thuongLo + "/" + SET + "/2024/values/15.4", "xa.thuonglo", "vi");
        assertThat(page).contains("02/03/2026 06:30", "ghi chú lúc nửa đêm").doesNotContain("01/03/2026 23:30");

        JsonNode audit = api.call(get("/api/v1/assessment-values/" + value + "/audit"), "xa.thuonglo", status().isOk());
        boolean found = false;
        for (JsonNode entry : audit) {
            if ("ghi chú lúc nửa đêm".equals(entry.path("newValue").asString())) {
                assertThat(entry.path("at").asString())
                        .startsWith("2026-03-02T06:30")
                        .endsWith("+07:00");
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void closing_entry_is_listed_with_the_time_of_vietnam() throws Exception {
        Api api = new Api(mvc);
        long province = api.unitId(DemoPlaces.THUA_THIEN_HUE);
        long set = jdbc.sql("select id from criteria_set where code = ?")
                .param(SET)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into entry_period (set_id, province_unit_id, year, open, changed_by, changed_at)
                        values (?, ?, 2024, false, 'tinh.hue', ?::timestamptz)""").params(set, province, MOMENT).update();
        String page = api.page("/entry-periods/" + SET + "/2024", "admin", "vi");
        assertThat(page).contains("tinh.hue, 02/03/2026 06:30").doesNotContain("23:30");
    }
}
