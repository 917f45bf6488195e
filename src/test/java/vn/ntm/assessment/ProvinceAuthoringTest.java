package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ntm.testing.Api.assertProblem;
import static vn.ntm.testing.Api.json;
import static vn.ntm.testing.Api.problem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.imports.ImportMode;
import vn.ntm.org.BodyDirectory;
import vn.ntm.scope.Role;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;
import vn.ntm.unit.ImportReport;
import vn.ntm.unit.UnitImports;

/**
 * What a province decides on its own: the body that verifies a criterion (its overlay's owner, not the product's
 * suggestion, decides who may verify), and what a set covers (a ward counted in the province's "x/y" only once the
 * set is stated to cover wards).
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=province_authoring")
class ProvinceAuthoringTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String NEXT = "NTM-XA-2026-2030";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers users;

    @Autowired
    BodyDirectory bodies;

    @Autowired
    UnitImports imports;

    @Autowired
    SystemActor system;

    Api api() {
        return new Api(mvc);
    }

    @Test
    void the_body_the_province_assigns_in_its_overlay_decides_who_may_verify() throws Exception {
        long kheTre = api().unitId(DemoPlaces.KHE_TRE);
        long hue = api().unitId(DemoPlaces.HUE);
        String base = "/api/v1/assessments/" + kheTre + "/" + SET + "/2025";
        api().call(json(put(base + "/values/15.1"), Map.of("value", "92,5")), "xa.khetre", status().isOk());
        api().call(post(base + "/submit"), "xa.khetre", status().isOk());
        long valueId = jdbc.sql("""
                        select v.id from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.1' and v.year = 2025""").param(kheTre).query(Long.class).single();
        assertThat(api().page("/agency/" + SET + "/2025", "so.yte.hue", "vi")).contains("15.1", "92,5");

        long overlay = jdbc.sql("select id from criteria_overlay where decision like 'DEMO-HUE/2025%'")
                .query(Long.class)
                .single();
        Map<String, Object> assignment = Map.of(
                "bodyType",
                "SO_VAN_HOA_THE_THAO_DU_LICH",
                "source",
                "Kế hoạch kiểm thử 454/KH-UBND",
                "sourceDate",
                "06/04/2023",
                "reason",
                "Theo kế hoạch của tỉnh");
        system.run("test", () -> users.ensure("tinh.laichau", Role.PROVINCE_OFFICER, "12", null));
        assertProblem(
                api().call(
                                json(put("/api/v1/criteria/overlays/" + overlay + "/owners/15"), assignment),
                                "tinh.laichau",
                                problem(status().isForbidden())),
                null,
                "Chỉ quản trị viên hoặc cán bộ của Thành phố Huế được nạp bộ tiêu chí của tỉnh.");
        assertProblem(
                api().call(
                                json(
                                        put("/api/v1/criteria/overlays/" + overlay + "/owners/15"),
                                        Map.of("bodyType", "SO_VAN_HOA_THE_THAO_DU_LICH", "reason", "x")),
                                "tinh.hue",
                                problem(status().isBadRequest())),
                "source",
                "Hãy ghi văn bản của tỉnh giao cơ quan phụ trách tiêu chí (ví dụ Kế hoạch số 454/KH-UBND).");
        api().call(
                        json(put("/api/v1/criteria/overlays/" + overlay + "/owners/15"), assignment),
                        "tinh.hue",
                        status().isOk());

        assertProblem(
                api().call(
                                json(post("/api/v1/assessment-values/" + valueId + "/verify"), Map.of("version", 1)),
                                "so.yte.hue",
                                problem(status().isForbidden())),
                null,
                "Tiêu chí 15 do Sở Văn hóa, Thể thao và Du lịch phụ trách: chỉ cán bộ của cơ quan đó được thẩm định,"
                        + " xác nhận hoặc trả lại.");
        assertThat(api().page("/agency/" + SET + "/2025", "so.yte.hue", "vi")).doesNotContain("92,5");
        Long culture = system.run(
                "test",
                () -> bodies.list(hue).stream()
                        .filter(b -> b.bodyType().equals("SO_VAN_HOA_THE_THAO_DU_LICH"))
                        .map(b -> b.id())
                        .findFirst()
                        .orElseThrow());
        system.run("test", () -> users.ensure("so.vhttdl.hue", Role.AGENCY_OFFICER, "46", null, culture));
        assertThat(api().page("/agency/" + SET + "/2025", "so.vhttdl.hue", "vi"))
                .contains("Xã Khe Tre", "15.1", "92,5");
        api().call(
                        json(post("/api/v1/assessment-values/" + valueId + "/verify"), Map.of("version", 1)),
                        "so.vhttdl.hue",
                        status().isOk());
        assertThat(jdbc.sql("select state || ' ' || reviewed_by from assessment_value where id = ?")
                        .param(valueId)
                        .query(String.class)
                        .single())
                .isEqualTo("VERIFIED so.vhttdl.hue");
        assertThat(api().page("/catalog/overlays/" + overlay, "tinh.hue", "vi"))
                .contains("Sở Văn hóa, Thể thao và Du lịch", "Kế hoạch kiểm thử 454/KH-UBND", "06/04/2023");
    }

    @Test
    void a_ward_counts_in_the_provinces_x_of_y_only_once_the_set_says_it_covers_wards() throws Exception {
        // 1/1/2026 list: the demo units of 1/7/2025 and one ward of Huế (official code and name, 2025-07 list)
        String list = new String(
                                new ClassPathResource("demo/units-2025-07-01.csv").getContentAsByteArray(),
                                StandardCharsets.UTF_8)
                        .strip()
                + "\nxa,19789,Phường Thuận Hóa,46\n";
        ImportReport report = system.run(
                "test",
                () -> imports.importFile(
                        UnitImports.Kind.LIST,
                        "ds-2026.csv",
                        list.getBytes(StandardCharsets.UTF_8),
                        LocalDate.of(2026, 1, 1),
                        "Danh sách kiểm thử",
                        ImportMode.ALL_OR_NOTHING,
                        true));
        assertThat(report.outcome()).isNotEqualTo(ImportReport.Outcome.REJECTED);
        long hue = api().unitId(DemoPlaces.HUE.on(DemoPlaces.MID_2026));
        long ward = api().unitId("19789", "2026-06-30");
        String overview = "/overview/" + hue + "/" + NEXT + "/2026";

        assertThat(api().page(overview, "tinh.hue", "vi"))
                .contains("0/1 xã đạt chuẩn", "Hiển thị 1/1 xã")
                .doesNotContain("Phường Thuận Hóa");
        assertProblem(
                api().call(
                                get("/api/v1/assessments/" + ward + "/" + NEXT + "/2026"),
                                "admin",
                                problem(status().isBadRequest())),
                "unit",
                "Bộ tiêu chí NTM-XA-2026-2030 không áp dụng cho Phường Thuận Hóa năm 2026: bộ chỉ đánh giá các loại đơn"
                        + " vị nêu trong quyết định ban hành (xem mục \"Áp dụng cho\" trên trang bộ tiêu chí).");
        assertThat(templateRows(hue)).isEqualTo(1);

        int version = api().call(get("/api/v1/criteria/sets/" + NEXT), "admin", status().isOk())
                .get("set")
                .get("version")
                .asInt();
        api().call(
                        json(
                                put("/api/v1/criteria/sets/" + NEXT + "/unit-types"),
                                Map.of("unitTypes", List.of("XA", "PHUONG"), "version", version, "reason", "Kiểm thử")),
                        "admin",
                        status().isOk());
        assertThat(api().page(overview, "tinh.hue", "vi"))
                .contains("0/2 xã đạt chuẩn", "Hiển thị 2/2 xã", "Phường Thuận Hóa");
        api().call(get("/api/v1/assessments/" + ward + "/" + NEXT + "/2026"), "admin", status().isOk());
        assertThat(templateRows(hue)).isEqualTo(2);
    }

    /** Unit rows of the province's Excel template of 2026 (rows after the two header rows). */
    private int templateRows(long province) throws Exception {
        byte[] book = mvc.perform(get("/api/v1/exchange/" + NEXT + "/2026/template")
                        .param("on", "2026-06-30")
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic("tinh.hue", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            return workbook.getSheetAt(0).getLastRowNum() - 1;
        }
    }
}
