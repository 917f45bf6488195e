package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ntm.testing.Api.assertProblem;
import static vn.ntm.testing.Api.problem;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.NtmTest;

/**
 * The criteria catalog through the API: the shipped sets as the issue describes them, export and import round
 * trips of sets and overlays, malformed files refused with a specific message and nothing stored, and the
 * 2026-2030 structure judged "not configured".
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=criteria_api_test")
class CriteriaApiTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String NEXT = "NTM-XA-2026-2030";
    static final List<String> REGIONS = List.of("BTB", "DBSCL", "DBSH", "DHNTB", "DNB", "TDMNPB", "TN");
    static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    // --- helpers -----------------------------------------------------------------------------------------------

    JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        return new Api(mvc).call(request, user, expected);
    }

    byte[] download(String url, String user) throws Exception {
        return mvc.perform(
                        get(url).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    JsonNode importSet(byte[] content, String user, ResultMatcher expected) throws Exception {
        return call(
                multipart("/api/v1/criteria/sets")
                        .file(new MockMultipartFile("file", "bo-tieu-chi.json", "application/json", content)),
                user,
                expected);
    }

    JsonNode importOverlay(byte[] content, String user, ResultMatcher expected) throws Exception {
        return call(
                multipart("/api/v1/criteria/overlays")
                        .file(new MockMultipartFile("file", "bo-tieu-chi-tinh.json", "application/json", content)),
                user,
                expected);
    }

    static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }

    static byte[] resource(String path) throws Exception {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }

    JsonNode set(String code) throws Exception {
        return call(get("/api/v1/criteria/sets/" + code), "xem.laichau", status().isOk());
    }

    static Map<Long, String> indicatorCodes(JsonNode set) {
        Map<Long, String> codes = new HashMap<>();
        set.get("criteria")
                .forEach(c -> c.get("indicators")
                        .forEach(i ->
                                codes.put(i.get("id").asLong(), i.get("code").asString())));
        return codes;
    }

    static JsonNode indicator(JsonNode set, String code) {
        for (JsonNode c : set.get("criteria")) {
            for (JsonNode i : c.get("indicators")) {
                if (i.get("code").asString().equals(code)) {
                    return i;
                }
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    /** Everything an import could have written. */
    record Stored(
            long sets,
            long setVersions,
            long criteria,
            long indicators,
            String thresholds,
            long overlays,
            long overlayVersions,
            long audit) {}

    Stored stored() {
        return jdbc.sql("""
                        select (select count(*) from criteria_set), (select coalesce(sum(version), 0) from criteria_set),
                               (select count(*) from criterion), (select count(*) from indicator),
                               (select coalesce(md5(string_agg(id || ':' || indicator_id || ':'
                                   || coalesce(overlay_id::text, '') || ':' || key || ':' || coalesce(year::text, '')
                                   || ':' || value::text || ':' || verified, ',' order by id)), '') from threshold),
                               (select count(*) from criteria_overlay),
                               (select coalesce(sum(version), 0) from criteria_overlay),
                               (select count(*) from audit_log)""")
                .query((rs, n) -> new Stored(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)))
                .single();
    }

    void refusedSet(JsonNode file, String field, String detail) throws Exception {
        refusedSet(bytes(file), field, detail);
    }

    void refusedSet(byte[] file, String field, String detail) throws Exception {
        Stored before = stored();
        assertProblem(importSet(file, "admin", problem(status().isBadRequest())), field, detail);
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    void refusedOverlay(JsonNode file, ResultMatcher status, String field, String detail) throws Exception {
        Stored before = stored();
        assertProblem(importOverlay(bytes(file), "admin", problem(status)), field, detail);
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    /** A small valid set file: one qualitative and one measured indicator with a regional and a yearly threshold. */
    static ObjectNode testSet(String code) {
        return (ObjectNode) JSON.readTree("""
                {
                  "format": "ntm-criteria-set/1",
                  "code": "%s",
                  "name_vi": "Bộ tiêu chí thử nghiệm",
                  "level": "COMMUNE_ADVANCED",
                  "period_from": 2021,
                  "period_to": 2025,
                  "legal_reference": "Tệp kiểm thử, không phải văn bản thật",
                  "keying": "REGION",
                  "especially_difficult_key": "TDMNPB",
                  "buckets": [
                    {"min_met": 2, "max_met": 2, "label_vi": "Đạt 2 tiêu chí"},
                    {"min_met": 0, "max_met": 1, "label_vi": "Dưới 2 tiêu chí"}
                  ],
                  "criteria": [
                    {"number": 1, "name_vi": "Quy hoạch", "owner_body_type": "SO_XAY_DUNG", "indicators": [
                      {"code": "1.1", "text_vi": "Có quy hoạch chung được phê duyệt", "kind": "QUALITATIVE"}
                    ]},
                    {"number": 2, "name_vi": "Y tế", "owner_body_type": "SO_Y_TE", "indicators": [
                      {"code": "2.1", "text_vi": "Tỷ lệ người dân tham gia bảo hiểm y tế", "measure_unit": "%%",
                       "kind": "MEASURED", "comparison": "≥", "min_value": "0", "max_value": "100",
                       "thresholds": [
                         {"key": "TDMNPB", "value": "85", "source": "Tệp kiểm thử", "verified": true},
                         {"key": "*", "year": 2025, "value": "95,5"}
                       ]}
                    ]}
                  ]
                }
                """.formatted(code));
    }

    static ObjectNode criterion(ObjectNode set, int index) {
        return (ObjectNode) set.get("criteria").get(index);
    }

    static ObjectNode indicator(ObjectNode set, int criterion, int index) {
        return (ObjectNode) criterion(set, criterion).get("indicators").get(index);
    }

    /** An overlay file of Lai Châu's: it overlaps the demo overlay DEMO-LCH/2022. */
    static ObjectNode testOverlay() {
        return (ObjectNode) JSON.readTree("""
                {
                  "format": "ntm-criteria-overlay/1",
                  "set": "NTM-XA-2021-2025",
                  "province_code": "12",
                  "province_on": "2024-12-01",
                  "decision": "THU-LCH/2023",
                  "valid_from": "2023-01-01",
                  "thresholds": [
                    {"indicator": "15.4", "key": "TDMNPB", "value": "55"}
                  ]
                }
                """);
    }

    static ObjectNode threshold(ObjectNode overlay, int index) {
        return (ObjectNode) overlay.get("thresholds").get(index);
    }

    // --- the shipped sets --------------------------------------------------------------------------------------

    @Test
    void the_2021_2025_set_has_19_criteria_and_57_indicators_keyed_by_region_with_the_especially_difficult_rule()
            throws Exception {
        JsonNode answer = set(SET);
        JsonNode set = answer.get("set");
        assertThat(set.get("criteria")).hasSize(19);
        int indicators = 0;
        for (JsonNode c : set.get("criteria")) {
            indicators += c.get("indicators").size();
        }
        assertThat(indicators).isEqualTo(57);
        assertThat(set.get("declaredCriteria").asInt()).isEqualTo(19);
        assertThat(set.get("declaredIndicators").asInt()).isEqualTo(57);
        assertThat(set.get("keying").asString()).isEqualTo("REGION");
        assertThat(set.get("especiallyDifficultKey").asString()).isEqualTo("TDMNPB");
        assertThat(set.get("legalReference").asString()).contains("318/QĐ-TTg");
        assertThat(set.get("verified").asBoolean())
                .as("unverified content is visibly marked")
                .isFalse();
        List<String> buckets = new ArrayList<>();
        set.get("buckets").forEach(b -> buckets.add(b.get("labelVi").asString()));
        assertThat(buckets)
                .containsExactly("Đạt 19 tiêu chí", "Đạt 15 - 18 tiêu chí", "Đạt 10 - 14 tiêu chí", "Dưới 10 tiêu chí");
        assertThat(set.get("criteria").get(14).get("ownerBodyType").asString()).isEqualTo("SO_Y_TE");
    }

    @Test
    void indicator_15_3_is_a_ceiling_with_a_verified_threshold_for_each_of_the_7_regions() throws Exception {
        JsonNode answer = set(SET);
        JsonNode stunting = indicator(answer.get("set"), "15.3");
        assertThat(stunting.get("kind").asString()).isEqualTo("MEASURED");
        assertThat(stunting.get("comparison").asString())
                .as("≤ although the source prints ≥")
                .isEqualTo("LE");
        long id = stunting.get("id").asLong();
        Map<String, BigDecimal> byRegion = new HashMap<>();
        for (JsonNode t : answer.get("nationalThresholds")) {
            if (t.get("indicatorId").asLong() == id) {
                byRegion.put(t.get("key").asString(), t.get("value").decimalValue());
                assertThat(t.get("verified").asBoolean()).isTrue();
                assertThat(t.get("source").asString()).isNotBlank();
                assertThat(t.has("year")).isFalse();
            }
        }
        assertThat(byRegion).hasSize(7).containsOnlyKeys(REGIONS);
        assertThat(byRegion.get("TDMNPB")).isEqualByComparingTo("24");
        assertThat(byRegion.get("BTB")).isEqualByComparingTo("25");
        assertThat(byRegion.get("DBSH")).isEqualByComparingTo("16.5");

        JsonNode ehealth = indicator(answer.get("set"), "15.4");
        assertThat(ehealth.get("comparison").asString()).isEqualTo("GE");
        Map<Long, String> codes = indicatorCodes(answer.get("set"));
        List<String> ehealthKeys = new ArrayList<>();
        answer.get("nationalThresholds").forEach(t -> {
            if (codes.get(t.get("indicatorId").asLong()).equals("15.4")) {
                ehealthKeys.add(t.get("key").asString() + " "
                        + t.get("value").decimalValue().toPlainString());
            }
        });
        assertThat(ehealthKeys).containsExactlyInAnyOrder("TDMNPB 50", "DBSH 70");
        JsonNode traceability = indicator(answer.get("set"), "13.3");
        assertThat(traceability.get("kind").asString()).isEqualTo("QUALITATIVE");
        assertThat(traceability.has("comparison")).isFalse();
    }

    @Test
    void the_2026_2030_set_is_only_a_structure_of_10_criteria_without_indicators_keyed_by_commune_group()
            throws Exception {
        JsonNode set = set(NEXT).get("set");
        assertThat(set.get("criteria")).hasSize(10);
        set.get("criteria").forEach(c -> assertThat(c.get("indicators")).isEmpty());
        assertThat(set.get("keying").asString()).isEqualTo("COMMUNE_GROUP");
        assertThat(set.get("declaredIndicators").asInt()).isEqualTo(47);
        assertThat(set(NEXT).get("nationalThresholds")).isEmpty();
        List<String> codes = new ArrayList<>();
        call(get("/api/v1/criteria/sets"), "xa.talen", status().isOk())
                .forEach(s -> codes.add(s.get("code").asString()));
        assertThat(codes).containsSubsequence(SET, NEXT);
    }

    @Test
    void a_2026_commune_assessed_under_the_2026_2030_set_has_every_criterion_not_configured() throws Exception {
        long kheTre = call(get("/api/v1/units/code/20161"), "admin", status().isOk())
                .get("id")
                .asLong();
        JsonNode standing =
                call(get("/api/v1/assessments/" + kheTre + "/" + NEXT + "/2026"), "xa.khetre", status().isOk());
        assertThat(standing.get("criteria")).hasSize(10);
        standing.get("criteria").forEach(c -> {
            assertThat(c.get("status").asString()).isEqualTo("NOT_CONFIGURED");
            assertThat(c.get("indicators")).isEmpty();
        });
        assertThat(standing.get("summary").asString()).isEqualTo("đạt 0/10 tiêu chí");
        assertThat(standing.get("metCount").asInt()).isZero();
        assertThat(standing.get("verdict").asString()).isEqualTo("INCOMPLETE");
        assertThat(standing.get("bucket").asString()).isEqualTo("Dưới 10 tiêu chí");
        assertThat(standing.get("unmet")).isEmpty();
        assertThat(standing.get("keyReason").asString()).isEqualTo("ATTRIBUTE_MISSING");

        JsonNode refused = call(
                Api.json(
                        put("/api/v1/assessments/" + kheTre + "/" + NEXT + "/2026/values/1.1"), Map.of("value", "Đạt")),
                "xa.khetre",
                problem(status().isBadRequest()));
        assertProblem(refused, "indicator", "Bộ tiêu chí NTM-XA-2026-2030 không có chỉ tiêu mã \"1.1\".");
    }

    @Test
    void an_unknown_set_or_overlay_is_not_found_with_a_vietnamese_message() throws Exception {
        assertProblem(
                call(get("/api/v1/criteria/sets/NTM-XA-1999"), "admin", problem(status().isNotFound())),
                "set",
                "Không có bộ tiêu chí \"NTM-XA-1999\".");
        assertProblem(
                call(get("/api/v1/criteria/overlays/999"), "admin", problem(status().isNotFound())),
                "overlay",
                "Không có bộ tiêu chí của tỉnh mã số 999.");
    }

    // --- round trips -------------------------------------------------------------------------------------------

    @Test
    void the_2021_2025_set_exported_and_imported_back_is_unchanged() throws Exception {
        byte[] exported = mvc.perform(get("/api/v1/criteria/sets/" + SET + "/file")
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("ntm-xa-2021-2025.json")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        JsonNode file = JSON.readTree(exported);
        assertThat(file.get("format").asString()).isEqualTo("ntm-criteria-set/1");
        assertThat(file.get("criteria")).hasSize(19);
        Stored before = stored();
        JsonNode outcome = importSet(exported, "admin", status().isOk());
        assertThat(outcome.get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(outcome.get("counts").get("criteria").asInt()).isEqualTo(19);
        assertThat(outcome.get("counts").get("indicators").asInt()).isEqualTo(57);
        assertThat(outcome.get("counts").get("thresholds").asInt()).isEqualTo(10);
        assertThat(outcome.get("message").asString())
                .isEqualTo("Bộ tiêu chí NTM-XA-2021-2025 đã đúng như tệp: không có gì thay đổi.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void the_2026_2030_structure_exported_and_imported_back_is_unchanged() throws Exception {
        byte[] exported = download("/api/v1/criteria/sets/" + NEXT + "/file", "admin");
        assertThat(JSON.readTree(exported).get("criteria")).hasSize(10);
        Stored before = stored();
        assertThat(importSet(exported, "admin", status().isOk()).get("outcome").asString())
                .isEqualTo("UNCHANGED");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_new_set_is_created_from_its_file_reads_back_as_written_and_the_same_file_again_changes_nothing()
            throws Exception {
        ObjectNode file = testSet("NTM-THU-2021-2025");
        JsonNode created = importSet(bytes(file), "admin", status().isOk());
        assertThat(created.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(created.get("message").asString())
                .isEqualTo("Đã nạp bộ tiêu chí NTM-THU-2021-2025: 2 tiêu chí, 2 chỉ tiêu, 2 ngưỡng.");
        JsonNode answer = set("NTM-THU-2021-2025");
        JsonNode insurance = indicator(answer.get("set"), "2.1");
        assertThat(insurance.get("comparison").asString()).isEqualTo("GE");
        assertThat(insurance.get("maxValue").decimalValue()).isEqualByComparingTo("100");
        List<String> thresholds = new ArrayList<>();
        answer.get("nationalThresholds")
                .forEach(t -> thresholds.add(t.get("key").asString() + " "
                        + (t.has("year") ? t.get("year").asInt() : "*") + " "
                        + t.get("value").decimalValue().toPlainString()
                        + " " + t.get("verified").asBoolean() + " "
                        + t.get("source").asString()));
        assertThat(thresholds)
                .containsExactlyInAnyOrder(
                        "TDMNPB * 85 true Tệp kiểm thử", "* 2025 95.5 false Tệp kiểm thử, không phải văn bản thật");

        Stored before = stored();
        assertThat(importSet(bytes(file), "admin", status().isOk())
                        .get("outcome")
                        .asString())
                .isEqualTo("UNCHANGED");
        byte[] exported = download("/api/v1/criteria/sets/NTM-THU-2021-2025/file", "admin");
        assertThat(importSet(exported, "admin", status().isOk()).get("outcome").asString())
                .as("its own export is the same set")
                .isEqualTo("UNCHANGED");
        assertThat(stored()).isEqualTo(before);

        assertProblem(
                importSet(bytes(testSet("NTM-THU2-2021-2025")), "so.yte.hue", problem(status().isForbidden())),
                null,
                "Chỉ quản trị viên được nạp hoặc sửa bộ tiêu chí quốc gia.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void the_demo_overlay_of_thua_thien_hue_exported_and_imported_back_is_unchanged() throws Exception {
        JsonNode overlays = call(get("/api/v1/criteria/overlays").param("set", SET), "admin", status().isOk());
        List<String> decisions = new ArrayList<>();
        overlays.forEach(o -> decisions.add(o.get("decision").asString()));
        assertThat(decisions)
                .contains(
                        "DEMO-TTH/2022 (dữ liệu mẫu)",
                        "DEMO-HUE/2025 (dữ liệu mẫu)",
                        "DEMO-LCH/2022 (dữ liệu mẫu)",
                        "DEMO-HTH/2022 (dữ liệu mẫu)");
        long id = -1;
        for (JsonNode o : overlays) {
            if (o.get("decision").asString().equals("DEMO-TTH/2022 (dữ liệu mẫu)")) {
                id = o.get("id").asLong();
                assertThat(o.get("provinceName").asString()).isNotBlank();
                assertThat(o.get("demo").asBoolean()).isTrue();
            }
        }
        assertThat(id).isPositive();
        byte[] exported = download("/api/v1/criteria/overlays/" + id + "/file", "admin");
        JsonNode file = JSON.readTree(exported);
        JsonNode original = JSON.readTree(resource("demo/overlay-46-2021-2025.json"));
        assertThat(file.get("province_code").asString()).isEqualTo("46");
        assertThat(file.get("decision").asString())
                .isEqualTo(original.get("decision").asString());
        assertThat(file.get("valid_from").asString()).isEqualTo("2022-01-01");
        assertThat(file.get("thresholds"))
                .as("same thresholds as the demo file")
                .isEqualTo(original.get("thresholds"));
        Stored before = stored();
        JsonNode outcome = importOverlay(exported, "admin", status().isOk());
        assertThat(outcome.get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(outcome.get("id").asLong()).isEqualTo(id);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void only_an_administrator_or_an_officer_of_the_province_loads_its_overlay_and_an_overlay_round_trips_unchanged()
            throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree("""
                {
                  "format": "ntm-criteria-overlay/1",
                  "set": "NTM-XA-2021-2025",
                  "province_code": "31",
                  "province_on": "2024-12-01",
                  "decision": "THU-HP/2023",
                  "decision_date": "2023-02-15",
                  "title": "Bộ tiêu chí thử nghiệm của Hải Phòng",
                  "valid_from": "2023-01-01",
                  "valid_to": "2026-01-01",
                  "thresholds": [
                    {"indicator": "15.1", "key": "*", "value": "90", "source": "THU-HP/2023", "verified": false},
                    {"indicator": "10", "key": "DBSH", "year": 2024, "value": "71,5", "source": "THU-HP/2023",
                     "verified": true}
                  ]
                }
                """);
        Stored untouched = stored();
        assertProblem(
                importOverlay(bytes(file), "tinh.hue", problem(status().isForbidden())),
                null,
                "Dữ liệu này thuộc đơn vị ngoài phạm vi của bạn.");
        assertProblem(
                importOverlay(bytes(testOverlay()), "xem.laichau", problem(status().isForbidden())),
                null,
                "Chỉ quản trị viên hoặc cán bộ của Tỉnh Lai Châu được nạp bộ tiêu chí của tỉnh.");
        assertThat(stored()).isEqualTo(untouched);
        JsonNode own = importOverlay(resource("demo/overlay-46-2025-after-merger.json"), "tinh.hue", status().isOk());
        assertThat(own.get("outcome").asString())
                .as("tinh.hue may load Huế's own overlay")
                .isEqualTo("UNCHANGED");
        JsonNode applied = importOverlay(bytes(file), "admin", status().isOk());
        assertThat(applied.get("outcome").asString()).isEqualTo("APPLIED");
        long id = applied.get("id").asLong();
        JsonNode read = call(get("/api/v1/criteria/overlays/" + id), "xem.laichau", status().isOk());
        assertThat(read.get("overlay").get("validTo").asString()).isEqualTo("2026-01-01");
        assertThat(read.get("thresholds")).hasSize(2);
        byte[] exported = download("/api/v1/criteria/overlays/" + id + "/file", "admin");
        Stored before = stored();
        assertThat(importOverlay(exported, "admin", status().isOk())
                        .get("outcome")
                        .asString())
                .isEqualTo("UNCHANGED");
        assertThat(stored()).isEqualTo(before);
        JsonNode reread = JSON.readTree(exported);
        assertThat(reread.get("province_code").asString()).isEqualTo("31");
        assertThat(reread.get("thresholds").get(0).get("indicator").asString())
                .as("in catalog order")
                .isEqualTo("10");
        assertThat(reread.get("thresholds").get(0).get("value").asString()).isEqualTo("71.5");
        assertThat(reread.get("thresholds").get(1).get("indicator").asString()).isEqualTo("15.1");
    }

    Map<String, Object> thuongLoResult(long thuongLo, String code) {
        return jdbc.sql("""
                        select r.status, r.threshold_value, u.met_count
                        from indicator_result r join indicator i on i.id = r.indicator_id
                        join criteria_set s on s.id = r.set_id
                        join unit_result u on u.set_id = r.set_id and u.year = r.year and u.unit_id = r.unit_id
                        where r.unit_id = ? and s.code = ? and r.year = 2024 and i.code = ?""").params(thuongLo, SET, code).query().singleRow();
    }

    @Test
    void a_changed_national_threshold_re_judges_the_stored_results_resting_on_it_and_is_audited() throws Exception {
        long thuongLo = call(get("/api/v1/units/code/20185").param("date", "2024-12-31"), "admin", status().isOk())
                .get("id")
                .asLong();
        assertThat(thuongLoResult(thuongLo, "15.4"))
                .containsEntry("status", "NOT_MET")
                .containsEntry("met_count", 17);
        ObjectNode file = (ObjectNode) JSON.readTree(download("/api/v1/criteria/sets/" + SET + "/file", "admin"));
        ObjectNode ehealth =
                (ObjectNode) file.get("criteria").get(14).get("indicators").get(3);
        assertThat(ehealth.get("code").asString()).isEqualTo("15.4");
        for (JsonNode t : ehealth.get("thresholds")) {
            if (t.get("key").asString().equals("TDMNPB")) {
                ((ObjectNode) t).put("value", "20");
            }
        }
        JsonNode updated = importSet(bytes(file), "admin", status().isOk());
        try {
            assertThat(updated.get("outcome").asString()).isEqualTo("APPLIED");
            assertThat(updated.get("message").asString()).startsWith("Đã cập nhật bộ tiêu chí NTM-XA-2021-2025: ");
            Map<String, Object> result = thuongLoResult(thuongLo, "15.4");
            assertThat(result)
                    .as("20% exactly at the new ≥ 20% floor")
                    .containsEntry("status", "MET")
                    .containsEntry("met_count", 18);
            assertThat((BigDecimal) result.get("threshold_value")).isEqualByComparingTo("20");
            assertThat(jdbc.sql("""
                            select old_value, new_value from audit_log where entity_type = 'criteria_set'
                            and action = 'THRESHOLDS' and field = '15.4 [TDMNPB]' order by id desc limit 1""").query().singleRow())
                    .containsEntry("old_value", "≥ 50")
                    .containsEntry("new_value", "≥ 20");
        } finally {
            assertThat(importSet(resource("catalog/ntm-xa-2021-2025.json"), "admin", status().isOk())
                            .get("outcome")
                            .asString())
                    .isEqualTo("APPLIED");
        }
        assertThat(thuongLoResult(thuongLo, "15.4"))
                .containsEntry("status", "NOT_MET")
                .containsEntry("met_count", 17);
    }

    // --- malformed set files -----------------------------------------------------------------------------------

    @Test
    void a_set_file_that_is_not_json_is_refused() throws Exception {
        Stored before = stored();
        JsonNode answer = importSet(
                "{ \"format\": \"ntm-criteria-set/1\", ".getBytes(StandardCharsets.UTF_8),
                "admin",
                problem(status().isBadRequest()));
        assertThat(answer.get("field").asString()).isEqualTo("file");
        assertThat(answer.get("detail").asString()).startsWith("Tệp bộ tiêu chí sai cấu trúc JSON: ");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_misspelt_field_is_refused_rather_than_ignored() throws Exception {
        ObjectNode file = testSet("NTM-THU3-2021-2025");
        indicator(file, 1, 0).put("comparision", "GE");
        Stored before = stored();
        JsonNode answer = importSet(bytes(file), "admin", problem(status().isBadRequest()));
        assertThat(answer.get("detail").asString())
                .startsWith("Tệp bộ tiêu chí sai cấu trúc JSON: ")
                .contains("comparision");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_set_file_with_a_wrong_format_tag_is_refused() throws Exception {
        ObjectNode file = testSet("NTM-THU3-2021-2025");
        file.put("format", "ntm-criteria-set/2");
        refusedSet(file, "format", "Tệp có định dạng \"ntm-criteria-set/2\", cần định dạng \"ntm-criteria-set/1\".");
    }

    @Test
    void a_set_file_with_a_duplicate_indicator_code_is_refused_naming_the_place() throws Exception {
        ObjectNode file = testSet("NTM-THU3-2021-2025");
        ((ArrayNode) criterion(file, 1).get("indicators"))
                .addObject()
                .put("code", "1.1")
                .put("text_vi", "Trùng")
                .put("kind", "QUALITATIVE");
        refusedSet(file, "criteria[1].indicators[1].code", "Mã chỉ tiêu 1.1 bị trùng trong bộ tiêu chí.");
    }

    @Test
    void a_measured_indicator_without_a_comparison_is_refused() throws Exception {
        ObjectNode file = testSet("NTM-THU3-2021-2025");
        indicator(file, 1, 0).remove("comparison");
        refusedSet(
                file,
                "criteria[1].indicators[0].comparison",
                "Chỉ tiêu định lượng 2.1 cần phép so sánh với ngưỡng (≥, >, ≤, <).");
    }

    @Test
    void a_threshold_key_that_is_not_a_region_is_refused_listing_the_regions() throws Exception {
        ObjectNode file = testSet("NTM-THU3-2021-2025");
        threshold(indicator(file, 1, 0), 0).put("key", "MIEN_NUI");
        refusedSet(
                file,
                "criteria[1].indicators[0].thresholds[0].key",
                "Khóa ngưỡng \"MIEN_NUI\" không hợp lệ. Dùng * (mọi vùng / nhóm) hoặc: " + String.join(", ", REGIONS)
                        + ".");
    }

    @Test
    void a_threshold_year_outside_the_period_and_a_reversed_period_are_refused_with_plain_years() throws Exception {
        ObjectNode yearOutside = testSet("NTM-THU3-2021-2025");
        threshold(indicator(yearOutside, 1, 0), 1).put("year", 2030);
        refusedSet(
                yearOutside,
                "criteria[1].indicators[0].thresholds[1].year",
                "Năm 2030 của ngưỡng nằm ngoài giai đoạn 2021 - 2025 của bộ tiêu chí.");
        ObjectNode reversed = testSet("NTM-THU3-2021-2025");
        reversed.put("period_from", 2026);
        reversed.put("period_to", 2021);
        Stored before = stored();
        JsonNode answer = importSet(bytes(reversed), "admin", problem(status().isBadRequest()));
        assertProblem(
                answer, "period_to", "Giai đoạn 2026 - 2021 không hợp lệ: năm kết thúc phải từ năm bắt đầu trở đi.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void every_problem_of_a_set_file_is_listed_with_its_place() throws Exception {
        ObjectNode file = testSet("ntm thu");
        indicator(file, 0, 0).put("comparison", "GE");
        indicator(file, 1, 0).put("kind", "ĐỊNH LƯỢNG");
        threshold(indicator(file, 1, 0), 0).put("value", "tám lăm");
        Stored before = stored();
        JsonNode answer = importSet(bytes(file), "admin", problem(status().isBadRequest()));
        Map<String, String> errors = new HashMap<>();
        answer.get("errors")
                .forEach(e ->
                        errors.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(errors)
                .containsEntry(
                        "code",
                        "Mã bộ tiêu chí \"ntm thu\" không hợp lệ: dùng chữ in hoa không dấu, "
                                + "chữ số và dấu gạch ngang (ví dụ NTM-XA-2021-2025).")
                .containsEntry(
                        "criteria[0].indicators[0].kind",
                        "Chỉ tiêu 1.1 là chỉ tiêu định tính (Đạt / Không đạt): không có phép so sánh hay ngưỡng.")
                .containsEntry(
                        "criteria[1].indicators[0].kind",
                        "Giá trị \"ĐỊNH LƯỢNG\" không hợp lệ. Giá trị được phép: QUALITATIVE, MEASURED.")
                .containsEntry(
                        "criteria[1].indicators[0].thresholds[0].value",
                        "Giá trị \"tám lăm\" không phải là số (ví dụ 20,5 hoặc 20.5).");
        assertThat(answer.get("field").asString()).isEqualTo("code");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_set_file_may_not_switch_an_existing_set_to_another_keying() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(download("/api/v1/criteria/sets/" + SET + "/file", "admin"));
        file.put("keying", "COMMUNE_GROUP");
        file.remove("especially_difficult_key");
        for (JsonNode c : file.get("criteria")) {
            for (JsonNode i : c.get("indicators")) {
                ((ObjectNode) i).remove("thresholds");
            }
        }
        refusedSet(
                file,
                "keying",
                "Bộ tiêu chí NTM-XA-2021-2025 đang xác định ngưỡng theo REGION, không thể đổi sang "
                        + "COMMUNE_GROUP: hãy tạo bộ tiêu chí mới.");
    }

    @Test
    void an_indicator_that_already_has_assessed_values_cannot_be_dropped_and_the_whole_import_is_undone()
            throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(download("/api/v1/criteria/sets/" + SET + "/file", "admin"));
        ArrayNode health = (ArrayNode) file.get("criteria").get(14).get("indicators");
        assertThat(health.get(3).get("code").asString()).isEqualTo("15.4");
        health.remove(3);
        ((ObjectNode) health.get(2).get("thresholds").get(0)).put("value", "30");
        refusedSet(
                file,
                "criteria",
                "Không thể bỏ chỉ tiêu hoặc tiêu chí khỏi bộ NTM-XA-2021-2025 vì đã có kết quả "
                        + "đánh giá ghi cho chỉ tiêu đó.");
        assertThat(indicator(set(SET).get("set"), "15.4").get("comparison").asString())
                .isEqualTo("GE");
    }

    // --- malformed overlay files -------------------------------------------------------------------------------

    @Test
    void an_overlay_file_with_a_wrong_format_or_an_unknown_set_is_refused() throws Exception {
        ObjectNode wrongFormat = testOverlay();
        wrongFormat.put("format", "ntm-criteria-set/1");
        refusedOverlay(
                wrongFormat,
                status().isBadRequest(),
                "format",
                "Tệp có định dạng \"ntm-criteria-set/1\", cần định dạng \"ntm-criteria-overlay/1\".");
        ObjectNode unknownSet = testOverlay();
        unknownSet.put("set", "NTM-XA-1999");
        refusedOverlay(unknownSet, status().isBadRequest(), "set", "Không có bộ tiêu chí \"NTM-XA-1999\".");
        Stored before = stored();
        JsonNode notJson =
                importOverlay("[1, 2".getBytes(StandardCharsets.UTF_8), "admin", problem(status().isBadRequest()));
        assertThat(notJson.get("field").asString()).isEqualTo("file");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_overlay_threshold_for_an_unknown_or_qualitative_indicator_a_bad_key_or_a_bad_value_is_refused()
            throws Exception {
        ObjectNode unknown = testOverlay();
        threshold(unknown, 0).put("indicator", "99.9");
        refusedOverlay(
                unknown,
                status().isBadRequest(),
                "thresholds[0].indicator",
                "Bộ tiêu chí NTM-XA-2021-2025 không có chỉ tiêu mã \"99.9\".");
        ObjectNode qualitative = testOverlay();
        threshold(qualitative, 0).put("indicator", "13.3");
        refusedOverlay(
                qualitative,
                status().isBadRequest(),
                "thresholds[0].indicator",
                "Chỉ tiêu 13.3 là chỉ tiêu định tính (Đạt / Không đạt): không có phép so sánh hay ngưỡng.");
        ObjectNode badKey = testOverlay();
        threshold(badKey, 0).put("key", "2");
        refusedOverlay(
                badKey,
                status().isBadRequest(),
                "thresholds[0].key",
                "Khóa ngưỡng \"2\" không hợp lệ. Dùng * (mọi vùng / nhóm) hoặc: " + String.join(", ", REGIONS) + ".");
        ObjectNode badValue = testOverlay();
        threshold(badValue, 0).put("value", "năm mươi lăm");
        refusedOverlay(
                badValue,
                status().isBadRequest(),
                "thresholds[0].value",
                "Giá trị \"năm mươi lăm\" không phải là số (ví dụ 20,5 hoặc 20.5).");
        ObjectNode duplicate = testOverlay();
        ((ArrayNode) duplicate.get("thresholds"))
                .addObject()
                .put("indicator", "15.4")
                .put("key", "TDMNPB")
                .put("value", "60");
        refusedOverlay(
                duplicate,
                status().isBadRequest(),
                "thresholds[1].key",
                "Chỉ tiêu 15.4 có hai ngưỡng cho cùng khóa TDMNPB, năm *.");
    }

    @Test
    void an_overlay_for_a_unit_that_is_not_a_province_or_overlapping_another_decision_is_refused() throws Exception {
        ObjectNode commune = testOverlay();
        commune.put("province_code", "20161");
        commune.put("province_on", "2025-07-01");
        commune.put("valid_from", "2025-07-01");
        refusedOverlay(
                commune,
                status().isBadRequest(),
                "province_code",
                "Đơn vị 20161 (Xã Khe Tre) không phải là tỉnh, thành phố trực thuộc trung ương.");
        refusedOverlay(
                testOverlay(),
                status().isConflict(),
                "valid_from",
                "Tỉnh đã có bộ tiêu chí theo DEMO-LCH/2022 (dữ liệu mẫu) có hiệu lực từ 01/01/2022 đến —, trùng thời "
                        + "gian với tệp này.");
        ObjectNode reversed = testOverlay();
        reversed.put("valid_to", "2022-06-30");
        refusedOverlay(
                reversed,
                status().isBadRequest(),
                "valid_to",
                "Ngày kết thúc hiệu lực (30/06/2022) phải sau ngày bắt đầu (01/01/2023).");
        ObjectNode noDecision = testOverlay();
        noDecision.remove("decision");
        refusedOverlay(noDecision, status().isBadRequest(), "decision", "Thiếu trường bắt buộc \"decision\".");
    }
}
