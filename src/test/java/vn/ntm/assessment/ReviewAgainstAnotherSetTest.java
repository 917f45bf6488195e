package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ntm.testing.Api;
import vn.ntm.testing.NtmTest;

/**
 * Seed 000 asks a commune to re-plan for the 2026-2030 set. Its 2024 values are judged against a set whose
 * indicators say which 2021-2025 indicator they continue. The set here is SYNTHETIC (the real 2026-2030
 * indicators are not known): two criteria, keyed by commune group, with a threshold for group "*".
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=review_test")
class ReviewAgainstAnotherSetTest {

    static final String SYNTHETIC = """
            {"format":"ntm-criteria-set/1","code":"SYNTHETIC-REVIEW-2026","name_vi":"Bộ tiêu chí TỔNG HỢP để thử đối chiếu",
             "level":"COMMUNE_NTM","period_from":2026,"period_to":2030,"legal_reference":"SYNTHETIC - không phải văn bản",
             "keying":"COMMUNE_GROUP","demo":true,"criteria":[
              {"number":1,"name_vi":"Y tế (tổng hợp)","indicators":[
                {"code":"1.1","text_vi":"Tỷ lệ dân số có hồ sơ sức khỏe điện tử","measure_unit":"%","kind":"MEASURED",
                 "comparison":"GE","min_value":"0","max_value":"100","maps_from":["NTM-XA-2021-2025:15.4"],
                 "thresholds":[{"key":"*","value":"15","source":"SYNTHETIC"}]}]},
              {"number":2,"name_vi":"Kinh tế (tổng hợp)","indicators":[
                {"code":"2.1","text_vi":"Truy xuất nguồn gốc sản phẩm chủ lực","kind":"QUALITATIVE",
                 "maps_from":["NTM-XA-2021-2025:13.3"]},
                {"code":"2.2","text_vi":"Chỉ tiêu mới không có trong bộ cũ","kind":"QUALITATIVE"}]}]}""";

    @Autowired
    MockMvc mvc;

    @Test
    void thuong_lo_2024_values_are_judged_against_another_set_through_the_indicator_mapping() throws Exception {
        Api api = new Api(mvc);
        JsonNode imported = api.call(
                multipart("/api/v1/criteria/sets")
                        .file(new MockMultipartFile(
                                "file",
                                "synthetic.json",
                                "application/json",
                                SYNTHETIC.getBytes(StandardCharsets.UTF_8))),
                "admin",
                status().isOk());
        assertThat(imported.get("outcome").asString()).isEqualTo("APPLIED");
        long id = api.call(get("/api/v1/units/code/20185").param("date", "2024-12-31"), "admin", status().isOk())
                .get("id")
                .asLong();

        JsonNode review = api.call(
                get("/api/v1/assessments/" + id + "/NTM-XA-2021-2025/2024/review")
                        .param("against", "SYNTHETIC-REVIEW-2026"),
                "xa.thuonglo",
                status().isOk());

        assertThat(review.get("own").get("summary").asString()).isEqualTo("đạt 17/19 tiêu chí");
        JsonNode against = review.get("against");
        assertThat(against.get("summary").asString()).isEqualTo("đạt 1/2 tiêu chí");
        assertThat(review.get("thresholdYear").asInt()).isEqualTo(2026);
        assertThat(review.get("mappedFrom").get("1.1").asString()).isEqualTo("15.4");
        assertThat(review.get("mappedFrom").get("2.1").asString()).isEqualTo("13.3");
        JsonNode health = against.get("criteria").get(0).get("indicators").get(0);
        assertThat(health.get("status").asString()).isEqualTo("MET");
        assertThat(health.get("value").decimalValue()).isEqualByComparingTo("20");
        JsonNode economy = against.get("criteria").get(1);
        assertThat(economy.get("status").asString()).isEqualTo("NOT_MET");
        assertThat(economy.get("indicators").get(1).get("status").asString()).isEqualTo("NO_DATA");

        String page = api.page(
                "/assessments/" + id + "/NTM-XA-2021-2025/2024/review?against=SYNTHETIC-REVIEW-2026",
                "xa.thuonglo",
                "vi");
        assertThat(page)
                .contains(
                        "Đối chiếu kết quả của Xã Thượng Lộ với bộ tiêu chí SYNTHETIC-REVIEW-2026",
                        "đạt 17/19 tiêu chí",
                        "đạt 1/2 tiêu chí",
                        ">15.4<",
                        ">13.3<",
                        "Chưa có số liệu");

        JsonNode file = api.call(get("/api/v1/criteria/sets/SYNTHETIC-REVIEW-2026/file"), "admin", status().isOk());
        JsonNode mapped = file.get("criteria").get(0).get("indicators").get(0);
        assertThat(mapped.get("maps_from").get(0).asString())
                .as("the mapping round-trips through the file")
                .isEqualTo("NTM-XA-2021-2025:15.4");
        assertThat(file.get("criteria").get(1).get("indicators").get(1).has("maps_from"))
                .isFalse();
    }
}
