package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ntm.testing.Api.assertProblem;
import static vn.ntm.testing.Api.json;
import static vn.ntm.testing.Api.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ntm.access.SystemActor;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * An administrator authors the 2026-2030 set's indicators over the API: added with group thresholds and their
 * source, read back with who entered them; refused with the exact Vietnamese message and nothing stored; a
 * concurrent edit refused naming who changed it; removal only while no value uses it; and the product's own file,
 * reloaded at start or in a newer version, neither overwrites nor duplicates what the administrator entered.
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=authoring_api")
class IndicatorAuthoringApiTest {

    static final String NEXT = "NTM-XA-2026-2030";
    static final String DECISION = "Quyết định 51/2025/QĐ-TTg (kiểm thử)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetImport sets;

    @Autowired
    SystemActor system;

    Api api() {
        return new Api(mvc);
    }

    /** A measured test indicator of criterion 5 with thresholds for groups 1 and 2 (wording is test data). */
    static Map<String, Object> indicator(String code, String threshold1) {
        Map<String, Object> body = new HashMap<>();
        body.put("criterion", 5);
        body.put("code", code);
        body.put("textVi", "Tỷ lệ người dân tham gia bảo hiểm y tế (dữ liệu kiểm thử)");
        body.put("kind", "Định lượng");
        body.put("measureUnit", "%");
        body.put("comparison", "≥");
        body.put("minValue", "0");
        body.put("maxValue", "100");
        body.put("source", Map.of("document", DECISION, "article", "Phụ lục I, tiêu chí 5", "date", "2025-12-29"));
        body.put("thresholds", List.of(Map.of("key", "1", "value", threshold1), Map.of("key", "2", "value", "90")));
        body.put("reason", "Nhập theo quyết định");
        return body;
    }

    long stored(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long indicatorsOf(String code) {
        return stored(
                "select count(*) from indicator i join criteria_set s on s.id = i.set_id where s.code = ? and i.code = ?",
                NEXT,
                code);
    }

    @Test
    void an_administrator_adds_a_2026_indicator_with_group_thresholds_marked_with_who_entered_it_and_its_source()
            throws Exception {
        JsonNode added = api().call(
                        json(post("/api/v1/criteria/sets/" + NEXT + "/indicators"), indicator("5.91", "95")),
                        "admin",
                        status().isCreated());
        JsonNode i = added.get("indicator");
        assertThat(i.get("code").asString()).isEqualTo("5.91");
        assertThat(i.get("kind").asString()).isEqualTo("MEASURED");
        assertThat(i.get("comparison").asString()).isEqualTo("GE");
        assertThat(i.get("wordingVerified").asBoolean())
                .as("a source with its date was given")
                .isTrue();
        assertThat(i.get("provenance").get("enteredBy").asString()).isEqualTo("admin");
        assertThat(i.get("provenance").get("source").get("document").asString()).isEqualTo(DECISION);
        assertThat(i.get("provenance").get("source").get("date").asString()).isEqualTo("2025-12-29");
        List<String> thresholds = new ArrayList<>();
        added.get("thresholds")
                .forEach(t -> thresholds.add(t.get("key").asString() + " "
                        + t.get("value").decimalValue().toPlainString() + " "
                        + t.get("verified").asBoolean() + " "
                        + t.get("provenance").get("enteredBy").asString() + " "
                        + t.get("source").asString()));
        assertThat(thresholds).containsExactlyInAnyOrder("1 95 true admin " + DECISION, "2 90 true admin " + DECISION);
        assertThat(stored(
                        "select count(*) from audit_log where entity_type = 'indicator' and entity_id = ?"
                                + " and action = 'CREATE' and reason = 'Nhập theo quyết định'",
                        i.get("id").asLong()))
                .isPositive();

        // without a source it is entered, but stays unverified
        Map<String, Object> unsourced = indicator("5.92", "95");
        unsourced.remove("source");
        JsonNode plain = api().call(
                        json(post("/api/v1/criteria/sets/" + NEXT + "/indicators"), unsourced),
                        "admin",
                        status().isCreated());
        assertThat(plain.get("indicator").get("wordingVerified").asBoolean()).isFalse();
        assertThat(plain.get("thresholds").get(0).get("verified").asBoolean()).isFalse();
        assertThat(api().page("/catalog/sets/" + NEXT, "xa.khetre", "vi"))
                .contains("5.91", "Nhập bởi admin", DECISION, "Phụ lục I, tiêu chí 5", "29/12/2025")
                .contains("5.92", "Chưa có căn cứ: chưa xác minh");
    }

    @Test
    void a_wrong_indicator_is_refused_with_a_vietnamese_message_and_nothing_is_stored() throws Exception {
        long before = stored("select count(*) from indicator") + stored("select count(*) from threshold");
        String url = "/api/v1/criteria/sets/" + NEXT + "/indicators";
        Map<String, Object> percent = indicator("5.81", "120");
        assertProblem(
                api().call(json(post(url), percent), "admin", problem(status().isBadRequest())),
                "threshold:1",
                "Chỉ tiêu 5.81 tính bằng %: giá trị 120 phải từ 0 đến 100.");
        Map<String, Object> group = indicator("5.82", "95");
        group.put("thresholds", List.of(Map.of("key", "4", "value", "80")));
        assertProblem(
                api().call(json(post(url), group), "admin", problem(status().isBadRequest())),
                "threshold:4",
                "Khóa ngưỡng \"4\" không hợp lệ. Dùng * (mọi vùng / nhóm) hoặc: 1, 2, 3.");
        Map<String, Object> link = indicator("5.83", "95");
        link.put("source", Map.of("document", DECISION, "date", "2025-12-29", "url", "http://118.69.201.250:801/x"));
        assertProblem(
                api().call(json(post(url), link), "admin", problem(status().isBadRequest())),
                "sourceUrl",
                "Đường dẫn \"http://118.69.201.250:801/x\" không dẫn tới trang chính thức của cơ quan nhà nước"
                        + " (tên miền .gov.vn hoặc chinhphu.vn). Chỉ ghi văn bản, điều khoản và ngày; để trống đường dẫn.");
        Map<String, Object> code = indicator("5,3", "95");
        assertProblem(
                api().call(json(post(url), code), "admin", problem(status().isBadRequest())),
                "code",
                "Mã chỉ tiêu \"5,3\" không hợp lệ (ví dụ 15.4).");
        Map<String, Object> qualitative = indicator("5.84", "95");
        qualitative.put("kind", "Định tính");
        qualitative.remove("comparison");
        assertProblem(
                api().call(json(post(url), qualitative), "admin", problem(status().isBadRequest())),
                "threshold:1",
                "Chỉ tiêu 5.84 là chỉ tiêu định tính (Đạt / Không đạt): không có phép so sánh hay ngưỡng.");
        assertProblem(
                api().call(json(post(url), indicator("5.85", "95")), "tinh.hue", problem(status().isForbidden())),
                null,
                "Chỉ quản trị viên được nạp hoặc sửa bộ tiêu chí quốc gia.");
        assertThat(stored("select count(*) from indicator") + stored("select count(*) from threshold"))
                .as("nothing stored")
                .isEqualTo(before);
    }

    @Test
    void an_edit_made_over_someone_elses_is_refused_naming_who_changed_it_and_nothing_changes() throws Exception {
        JsonNode added = api().call(
                        json(post("/api/v1/criteria/sets/" + NEXT + "/indicators"), indicator("5.71", "95")),
                        "admin",
                        status().isCreated());
        long id = added.get("indicator").get("id").asLong();
        int version = added.get("indicator").get("version").asInt();
        Map<String, Object> first = indicator("5.71", "96");
        first.put("version", version);
        JsonNode changed = api().call(json(put("/api/v1/criteria/indicators/" + id), first), "admin", status().isOk());
        assertThat(changed.get("indicator").get("version").asInt()).isEqualTo(version + 1);
        Map<String, Object> second = indicator("5.71", "97");
        second.put("version", version);
        JsonNode refused = api().call(
                        json(put("/api/v1/criteria/indicators/" + id), second),
                        "admin",
                        problem(status().isConflict()));
        assertThat(refused.get("detail").asString())
                .startsWith("Bản ghi đã được admin sửa ngày ")
                .contains("(phiên bản của bạn " + version + ", hiện tại " + (version + 1) + ")");
        assertThat(jdbc.sql("""
                        select t.value from threshold t where t.indicator_id = ? and t.key = '1' and t.overlay_id is null""").param(id).query(BigDecimal.class).single()).isEqualByComparingTo("96");
        assertThat(stored(
                        "select count(*) from audit_log where entity_type = 'indicator' and entity_id = ?"
                                + " and field = 'threshold:1' and old_value = '95' and new_value = '96'",
                        id))
                .as(jdbc.sql(
                                "select action || ' ' || coalesce(field, '') || ' ' || coalesce(old_value, '') || ' > '"
                                        + " || coalesce(new_value, '') from audit_log where entity_type = 'indicator' and entity_id = ?")
                        .param(id)
                        .query(String.class)
                        .list()
                        .toString())
                .isEqualTo(1);
    }

    @Test
    void an_indicator_is_removed_only_while_no_value_uses_it_and_one_the_product_ships_is_not_removed()
            throws Exception {
        JsonNode added = api().call(
                        json(post("/api/v1/criteria/sets/" + NEXT + "/indicators"), indicator("5.61", "95")),
                        "admin",
                        status().isCreated());
        long id = added.get("indicator").get("id").asLong();
        long kheTre = api().unitId(DemoPlaces.KHE_TRE.on(DemoPlaces.MID_2026));
        api().call(
                        json(
                                put("/api/v1/assessments/" + kheTre + "/" + NEXT + "/2026/values/5.61"),
                                Map.of("value", "93")),
                        "xa.khetre",
                        status().isOk());
        assertProblem(
                api().call(
                                delete("/api/v1/criteria/indicators/" + id).param("version", "0"),
                                "admin",
                                problem(status().isBadRequest())),
                "id",
                "Chỉ tiêu 5.61 đã có giá trị đánh giá hoặc đề nghị thay đổi: không xóa được.");
        assertThat(indicatorsOf("5.61")).isEqualTo(1);

        JsonNode unused = api().call(
                        json(post("/api/v1/criteria/sets/" + NEXT + "/indicators"), indicator("5.62", "95")),
                        "admin",
                        status().isCreated());
        long unusedId = unused.get("indicator").get("id").asLong();
        assertThat(api().call(
                                delete("/api/v1/criteria/indicators/" + unusedId)
                                        .param("version", "7"),
                                "admin",
                                problem(status().isConflict()))
                        .get("detail")
                        .asString())
                .startsWith("Bản ghi đã được admin sửa ngày ");
        api().call(
                        delete("/api/v1/criteria/indicators/" + unusedId)
                                .param("version", "0")
                                .param("reason", "Nhập nhầm"),
                        "admin",
                        status().isNoContent());
        assertThat(indicatorsOf("5.62")).isZero();

        long shipped = stored("""
                select i.id from indicator i join criteria_set s on s.id = i.set_id
                where s.code = 'NTM-XA-2021-2025' and i.code = '15.4'""");
        assertProblem(
                api().call(
                                delete("/api/v1/criteria/indicators/" + shipped).param("version", "0"),
                                "admin",
                                problem(status().isBadRequest())),
                "id",
                "Chỉ tiêu 15.4 do sản phẩm cung cấp cùng bộ tiêu chí: sửa được nội dung và căn cứ, không xóa được.");
    }

    @Test
    void what_an_administrator_entered_survives_the_products_file_reloaded_and_a_newer_one() throws Exception {
        api().call(
                        json(post("/api/v1/criteria/sets/" + NEXT + "/indicators"), indicator("5.51", "95")),
                        "admin",
                        status().isCreated());
        byte[] shipped = new ClassPathResource("catalog/ntm-xa-2026-2030.json").getContentAsByteArray();
        ImportOutcome again = system.run("system:catalog", () -> sets.importShipped("ntm-xa-2026-2030.json", shipped));
        assertThat(again.outcome())
                .as("the same shipped file at the next start")
                .isEqualTo("UNCHANGED");

        // A newer product file that also ships an indicator 5.51 and one of its own
        ObjectNode newer = (ObjectNode) JsonMapper.shared().readTree(shipped);
        newer.put("note", "Tệp mới hơn của sản phẩm (kiểm thử)");
        ArrayNode five = (ArrayNode) newer.get("criteria").get(4).get("indicators");
        five.addObject()
                .put("code", "5.51")
                .put("text_vi", "Nội dung khác của sản phẩm")
                .put("kind", "QUALITATIVE");
        five.addObject()
                .put("code", "5.52")
                .put("text_vi", "Chỉ tiêu của sản phẩm (kiểm thử)")
                .put("kind", "QUALITATIVE");
        ImportOutcome applied = system.run(
                "system:catalog",
                () -> sets.importShipped(
                        "ntm-xa-2026-2030.json", JsonMapper.shared().writeValueAsBytes(newer)));
        assertThat(applied.outcome()).isEqualTo("APPLIED");
        assertThat(indicatorsOf("5.51")).as("not duplicated").isEqualTo(1);
        assertThat(jdbc.sql("""
                        select i.text_vi || ' / ' || i.entered_by || ' / ' || i.kind from indicator i
                        join criteria_set s on s.id = i.set_id where s.code = ? and i.code = '5.51'""").param(NEXT).query(String.class).single())
                .as("not overwritten")
                .isEqualTo("Tỷ lệ người dân tham gia bảo hiểm y tế (dữ liệu kiểm thử) / admin / MEASURED");
        assertThat(stored("""
                select count(*) from threshold t join indicator i on i.id = t.indicator_id
                join criteria_set s on s.id = i.set_id where s.code = ? and i.code = '5.51'""", NEXT)).isEqualTo(2);
        assertThat(indicatorsOf("5.52")).isEqualTo(1);

        // back to the original file (as after a restart with the older jar): the product's 5.52 goes, 5.51 stays
        system.run("system:catalog", () -> sets.importShipped("ntm-xa-2026-2030.json", shipped));
        assertThat(indicatorsOf("5.52")).isZero();
        assertThat(indicatorsOf("5.51")).isEqualTo(1);
    }

    @Test
    void an_administrator_states_the_unit_types_a_set_covers_with_a_version() throws Exception {
        JsonNode set = api().call(get("/api/v1/criteria/sets/" + NEXT), "admin", status().isOk())
                .get("set");
        assertThat(set.get("unitTypes").toString()).isEqualTo("[\"XA\"]");
        int version = set.get("version").asInt();
        assertProblem(
                api().call(
                                json(
                                        put("/api/v1/criteria/sets/" + NEXT + "/unit-types"),
                                        Map.of("unitTypes", List.of("XA", "THON"), "version", version)),
                                "admin",
                                problem(status().isBadRequest())),
                "unitTypes",
                "Loại đơn vị \"THON\" không dùng được cho bộ tiêu chí này. Giá trị được phép: XA, PHUONG, THI_TRAN, DAC_KHU.");
        assertProblem(
                api().call(
                                json(
                                        put("/api/v1/criteria/sets/" + NEXT + "/unit-types"),
                                        Map.of("unitTypes", List.of("XA", "DAC_KHU"), "version", version)),
                                "tinh.hue",
                                problem(status().isForbidden())),
                null,
                "Chỉ quản trị viên được nạp hoặc sửa bộ tiêu chí quốc gia.");
        JsonNode changed = api().call(
                        json(
                                put("/api/v1/criteria/sets/" + NEXT + "/unit-types"),
                                Map.of(
                                        "unitTypes",
                                        List.of("DAC_KHU", "XA"),
                                        "version",
                                        version,
                                        "reason",
                                        "Theo quyết định")),
                        "admin",
                        status().isOk());
        assertThat(changed.get("unitTypes").toString()).isEqualTo("[\"XA\",\"DAC_KHU\"]");
        assertThat(api().call(
                                json(
                                        put("/api/v1/criteria/sets/" + NEXT + "/unit-types"),
                                        Map.of("unitTypes", List.of("XA"), "version", version)),
                                "admin",
                                problem(status().isConflict()))
                        .get("detail")
                        .asString())
                .startsWith("Bản ghi đã được admin sửa ngày ");
        // the product's file no longer changes what the administrator stated
        byte[] shipped = new ClassPathResource("catalog/ntm-xa-2026-2030.json").getContentAsByteArray();
        ObjectNode file = (ObjectNode) JsonMapper.shared().readTree(shipped);
        file.putArray("unit_types").add("XA");
        file.put("note", "Tệp mới (kiểm thử)");
        system.run(
                "system:catalog",
                () -> sets.importShipped(
                        "ntm-xa-2026-2030.json", JsonMapper.shared().writeValueAsBytes(file)));
        assertThat(api().call(get("/api/v1/criteria/sets/" + NEXT), "admin", status().isOk())
                        .get("set")
                        .get("unitTypes")
                        .toString())
                .isEqualTo("[\"XA\",\"DAC_KHU\"]");
        int now = api().call(get("/api/v1/criteria/sets/" + NEXT), "admin", status().isOk())
                .get("set")
                .get("version")
                .asInt();
        api().call(
                        json(
                                put("/api/v1/criteria/sets/" + NEXT + "/unit-types"),
                                Map.of("unitTypes", List.of("XA"), "version", now)),
                        "admin",
                        status().isOk());
    }
}
