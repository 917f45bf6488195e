package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
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
 * Seed 004, Thượng Lộ 2024, with the demo overlay: criterion 7 not evaluated, 13.3 not met, 15.4 at 20% against
 * the ≥ 50% of Trung du miền núi phía Bắc (through the especially-difficult flag although Huế is Bắc Trung Bộ),
 * everything else met: "đạt 17/19 tiêu chí", listing exactly 13.3 and 15.4.
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=seed004_test")
class Seed004AcceptanceTest {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long thuongLo() throws Exception {
        return new Api(mvc).unitId(DemoPlaces.THUONG_LO);
    }

    @Test
    void thuong_lo_2024_meets_17_of_19_criteria_missing_exactly_13_3_and_15_4() throws Exception {
        long id = thuongLo();
        JsonNode standing = new Api(mvc)
                .call(get("/api/v1/assessments/" + id + "/" + SET + "/2024"), "xa.thuonglo", status().isOk());
        assertThat(standing.get("summary").asString()).isEqualTo("đạt 17/19 tiêu chí");
        assertThat(standing.get("metCount").asInt()).isEqualTo(17);
        assertThat(standing.get("criteriaCount").asInt()).isEqualTo(19);
        assertThat(standing.get("verdict").asString()).isEqualTo("NOT_MET");
        assertThat(standing.get("bucket").asString()).isEqualTo("Đạt 15 - 18 tiêu chí");
        List<String> unmet = new ArrayList<>();
        standing.get("unmet").forEach(u -> unmet.add(u.get("code").asString()));
        assertThat(unmet).containsExactly("13.3", "15.4");

        JsonNode ehealth = standing.get("unmet").get(1);
        assertThat(ehealth.get("value").decimalValue()).isEqualByComparingTo("20");
        assertThat(ehealth.get("threshold").decimalValue()).isEqualByComparingTo("50");
        assertThat(ehealth.get("gap").decimalValue()).isEqualByComparingTo("30");
        assertThat(ehealth.get("comparison").asString()).isEqualTo("≥");
        assertThat(ehealth.get("thresholdKey").asString()).isEqualTo("TDMNPB");
        assertThat(ehealth.get("thresholdFromOverlay").asBoolean()).isFalse();
        assertThat(ehealth.get("thresholdSource").asString()).contains("318/QĐ-TTg");
        assertThat(standing.get("effectiveKey").asString()).isEqualTo("TDMNPB");
        assertThat(standing.get("keyReason").asString()).isEqualTo("ESPECIALLY_DIFFICULT");
        assertThat(standing.get("overlayDecision").asString()).contains("dữ liệu mẫu");
        assertThat(standing.get("overlayDemo").asBoolean()).isTrue();

        JsonNode criterion7 = standing.get("criteria").get(6);
        assertThat(criterion7.get("number").asInt()).isEqualTo(7);
        assertThat(criterion7.get("status").asString()).isEqualTo("NOT_EVALUATED");
        assertThat(criterion7.get("indicators").get(0).get("notEvaluatedReason").asString())
                .contains("Không đánh giá");
        assertThat(standing.get("notConfigured").asInt()).isZero();
        assertThat(standing.get("unverifiedValues").asInt()).isEqualTo(57);
    }

    @Test
    void the_stored_results_that_roll_ups_read_agree_with_the_explained_standing() throws Exception {
        long id = thuongLo();
        var stored = jdbc.sql("""
                        select r.met_count, r.criteria_count, r.verdict, r.effective_key, r.key_reason
                        from unit_result r join criteria_set s on s.id = r.set_id
                        where r.unit_id = ? and s.code = ? and r.year = 2024""").params(id, SET).query().singleRow();
        assertThat(stored)
                .containsEntry("met_count", 17)
                .containsEntry("criteria_count", 19)
                .containsEntry("verdict", "NOT_MET")
                .containsEntry("effective_key", "TDMNPB")
                .containsEntry("key_reason", "ESPECIALLY_DIFFICULT");
        List<String> notMet = jdbc.sql("""
                        select i.code from indicator_result r join indicator i on i.id = r.indicator_id
                        where r.unit_id = ? and r.year = 2024 and r.status = 'NOT_MET' order by i.sort""").param(id).query(String.class).list();
        assertThat(notMet).containsExactly("13.3", "15.4");
    }

    @Test
    void khe_tre_starts_without_values_and_shows_thuong_lo_last_result_beside_it() throws Exception {
        long kheTre = new Api(mvc)
                .call(get("/api/v1/units/code/20161"), "admin", status().isOk())
                .get("id")
                .asLong();
        JsonNode predecessors = new Api(mvc)
                .call(get("/api/v1/assessments/" + kheTre + "/" + SET + "/predecessors"), "xa.khetre", status().isOk());
        JsonNode thuongLo = null;
        for (JsonNode p : predecessors) {
            if (p.get("code").asString().equals("20185")) {
                thuongLo = p;
            }
        }
        assertThat(thuongLo).isNotNull();
        assertThat(thuongLo.get("summary").asString()).isEqualTo("đạt 17/19 tiêu chí");
        assertThat(thuongLo.get("year").asInt()).isEqualTo(2024);
        JsonNode own = new Api(mvc)
                .call(get("/api/v1/assessments/" + kheTre + "/" + SET + "/2025/values"), "xa.khetre", status().isOk());
        assertThat(own.size()).isZero();
    }
}
