package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.JsonNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * A write that cannot get its turn (another writer holds the commune's set-year for longer than the wait) is
 * refused as busy, never 500: the API answers 503 with {@code Retry-After} and a problem saying to try again; the
 * page keeps what was typed and says the same. Nothing is stored, and once the other writer is done the same save
 * goes through.
 */
@NtmTest
@TestPropertySource(properties = {"ntm.embedded-db.database=busy_write", "ntm.writes.lock-wait=500ms"})
class BusyWriteTest {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void a_save_while_another_writer_holds_the_commune_is_told_to_retry_on_the_api_and_the_page_and_stores_nothing()
            throws Exception {
        long id = new Api(mvc).unitId(DemoPlaces.THUONG_LO);
        long setId = jdbc.sql("select id from criteria_set where code = ?")
                .param(SET)
                .query(Long.class)
                .single();
        int version = version(id);
        String api = "/api/v1/assessments/" + id + "/" + SET + "/2024/values/15.4";
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // what a long apply of the whole country holds: the set-year, exclusively
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?::int, ?::int)")) {
                lock.setLong(1, setId);
                lock.setInt(2, 2024);
                lock.executeQuery().close();
            }
            JsonNode busy = new Api(mvc)
                    .call(
                            Api.json(put(api), Map.of("value", "41", "version", version)),
                            "xa.thuonglo",
                            status().isServiceUnavailable());
            assertThat(busy.get("code").asString()).isEqualTo("error.busy");
            assertThat(busy.get("detail").asString()).contains("Chưa có gì thay đổi", "thử lại");
            mvc.perform(put(api).contentType("application/json")
                            .content("{\"value\":\"41\",\"version\":" + version + "}")
                            .header("Accept-Language", "en")
                            .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("please try again")));

            mvc.perform(post("/assessments/" + id + "/" + SET + "/2024/values/15.4")
                            .param("value", "42")
                            .param("version", String.valueOf(version))
                            .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("error", Matchers.containsString("vui lòng thử lại")))
                    .andExpect(flash().attribute("form", Matchers.hasToString(Matchers.containsString("value=42"))));
            other.rollback();
        }
        assertThat(version(id)).as("nothing stored while busy").isEqualTo(version);

        new Api(mvc)
                .call(Api.json(put(api), Map.of("value", "41", "version", version)), "xa.thuonglo", status().isOk());
        assertThat(version(id)).isEqualTo(version + 1);
    }

    private int version(long unit) {
        return jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""").param(unit).query(Integer.class).single();
    }
}
