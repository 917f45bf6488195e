package vn.ntm.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.access.SystemActor;
import vn.ntm.imports.ImportMode;
import vn.ntm.testing.NtmTest;

/**
 * An administrator resolves, on the screen, the mapping rows the real import left open: the decision writes its
 * lineage, is audited, is refused to a province officer and to a second administrator deciding meanwhile, and
 * survives re-imports (of the same file and of a file whose rows moved), which still report no change.
 */
@NtmTest
@TestPropertySource(properties = {"ntm.embedded-db.database=mapping_resolution", "ntm.demo.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MappingResolutionTest {

    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    SystemActor system;

    @Autowired
    UnitImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    static int openAtStart;

    String page(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        return HtmlUtils.htmlUnescape(
                mvc.perform(request.with(httpBasic(user, TestAccounts.PASSWORD)).with(csrf()))
                        .andExpect(expected)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void the_list_shows_every_row_the_import_left_open_with_its_reason() throws Exception {
        List<ImportReport> reports =
                system.run("test", () -> imports.importManifest(OfficialData.manifest(), ImportMode.ALL_OR_NOTHING));
        openAtStart = reports.get(4).counts().get("unresolved");
        assertThat(openAtStart).isPositive();
        TestAccounts.create(jdbc, encoder, "quantri", "ADMIN", null);
        TestAccounts.create(jdbc, encoder, "quantri2", "ADMIN", null);
        TestAccounts.create(jdbc, encoder, "tinh.hue", "PROVINCE_OFFICER", unit("46", "PROVINCE", LocalDate.now()));
        String list = page(get("/admin/units/mapping"), "quantri", status().isOk());
        assertThat(list)
                .contains(
                        "Dòng chưa xác định của bảng chuyển đổi",
                        "vn-ward-mapping-2025.json",
                        "Còn " + openAtStart + " dòng chưa xác định trong " + openAtStart + " dòng",
                        "Xã Nghĩa Thịnh (Huyện Nghĩa Hưng, Tỉnh Nam Định)",
                        "Không có xã \"Xã Nghĩa Thịnh\" (Huyện Nghĩa Hưng, Tỉnh Nam Định) trong các danh sách đến ngày 30/06/2025",
                        "Huyện Côn Đảo (755, Tỉnh Bà Rịa - Vũng Tàu)");
        assertThat(list.split("href=\"/admin/units/mapping/", -1)).hasSize(openAtStart + 1);
    }

    @Test
    @Order(2)
    void choosing_the_island_district_for_a_row_without_old_commune_writes_the_lineage_and_is_audited()
            throws Exception {
        String key = openRowKey("new_name = 'Đặc khu Côn Đảo'");
        String form = page(get("/admin/units/mapping/" + key), "quantri", status().isOk());
        long conDao = unit("755", "DISTRICT", BEFORE);
        assertThat(form)
                .contains("Gợi ý: các đơn vị cấp huyện không có xã", "755 Huyện Côn Đảo", "26732 Đặc khu Côn Đảo");
        long specialZone = unit("26732", "COMMUNE", LocalDate.of(2025, 7, 1));

        String refused = page(decide(key, "UNITS", conDao, specialZone, "  ", null), "quantri", status().isOk());
        assertThat(refused).contains("Hãy ghi lý do");
        assertThat(count("unit_mapping_resolution")).isZero();

        mvc.perform(decide(
                                key,
                                "UNITS",
                                conDao,
                                specialZone,
                                "Kiểm thử: huyện Côn Đảo không có xã, cùng tên với đặc khu",
                                null)
                        .with(httpBasic("quantri", TestAccounts.PASSWORD))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/units/mapping#r" + rowNo(key)));
        assertThat(jdbc.sql("select kind from unit_lineage where predecessor_id = ? and successor_id = ? "
                                + "and resolution_id is not null")
                        .params(conDao, specialZone)
                        .query(String.class)
                        .list())
                .containsExactly("WHOLE");
        Map<String, Object> audit = jdbc.sql("""
                        select actor, action, reason, string_agg(field || '=' || coalesce(new_value, ''), '; ') as f
                        from audit_log where entity_type = 'unit_mapping_resolution'
                        group by actor, action, reason""").query().singleRow();
        assertThat(audit)
                .containsEntry("actor", "quantri")
                .containsEntry("action", "CREATE")
                .containsEntry("reason", "Kiểm thử: huyện Côn Đảo không có xã, cùng tên với đặc khu");
        assertThat((String) audit.get("f")).contains("oldUnit=755 Huyện Côn Đảo", "newUnit=26732 Đặc khu Côn Đảo");
        assertThat(page(get("/admin/units/mapping"), "quantri", status().isOk()))
                .contains("Đã xác định: 755 Huyện Côn Đảo", "Còn " + (openAtStart - 1) + " dòng chưa xác định");
    }

    @Test
    @Order(3)
    void a_row_marked_in_no_list_writes_no_lineage() throws Exception {
        String key = openRowKey("old_name = 'Xã Nghĩa Thịnh'");
        long lineage = count("unit_lineage");
        mvc.perform(decide(
                                key,
                                "NO_LIST",
                                null,
                                null,
                                "Kiểm thử: không có trong danh sách ngày 01/11/2024 và 01/03/2025",
                                null)
                        .with(httpBasic("quantri", TestAccounts.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select in_no_list from unit_mapping_resolution where row_key = ?")
                        .param(key)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(count("unit_lineage")).isEqualTo(lineage);
    }

    @Test
    @Order(4)
    void a_province_officer_may_neither_see_nor_resolve_rows() throws Exception {
        String key = openRowKey("old_name = 'Phường Xương Huân'");
        page(get("/admin/units/mapping"), "tinh.hue", status().isForbidden());
        page(get("/admin/units/mapping/" + key), "tinh.hue", status().isForbidden());
        page(decide(key, "NO_LIST", null, null, "thử", null), "tinh.hue", status().isForbidden());
        page(get("/admin/units/import"), "tinh.hue", status().isForbidden());
        assertThat(jdbc.sql("select count(*) from unit_mapping_resolution where row_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @Order(5)
    void a_second_administrator_deciding_the_same_row_meanwhile_is_refused_and_nothing_is_overwritten()
            throws Exception {
        String key = openRowKey("old_name = 'Phường Xương Huân'");
        long nhaTrang = jdbc.sql("""
                        select u.id from admin_unit u join admin_unit_state s on s.unit_id = u.id
                        where u.level = 'COMMUNE' and s.name = 'Phường Lộc Thọ' and s.valid_from <= date '2025-06-30'
                          and (s.valid_to is null or s.valid_to > date '2025-06-30')""").query(Long.class).single();
        // both open the empty form (no version); the first saves
        page(get("/admin/units/mapping/" + key), "quantri2", status().isOk());
        mvc.perform(decide(key, "UNITS", nhaTrang, newFound(key), "Kiểm thử: chọn Phường Lộc Thọ", null)
                        .with(httpBasic("quantri", TestAccounts.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String second =
                page(decide(key, "NO_LIST", null, null, "Không có trong danh sách", null), "quantri2", status().isOk());
        assertThat(second).contains("Dòng này vừa được quantri xác định");
        Map<String, Object> stored = jdbc.sql(
                        "select resolved_by, in_no_list, version from unit_mapping_resolution " + "where row_key = ?")
                .param(key)
                .query()
                .singleRow();
        assertThat(stored)
                .containsEntry("resolved_by", "quantri")
                .containsEntry("in_no_list", false)
                .containsEntry("version", 0);
        // an edit from a stale page (version 0 after someone changed it to 1) is refused too
        mvc.perform(decide(key, "UNITS", nhaTrang, newFound(key), "Kiểm thử: sửa lý do", 0)
                        .with(httpBasic("quantri", TestAccounts.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String stale =
                page(decide(key, "NO_LIST", null, null, "Không có trong danh sách", 0), "quantri2", status().isOk());
        assertThat(stale).contains("Bản ghi đã được quantri sửa");
        assertThat(jdbc.sql("select in_no_list from unit_mapping_resolution where row_key = ?")
                        .param(key)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(page(get("/admin/units/mapping/" + key), "quantri", status().isOk()))
                .contains("Lịch sử quyết định", "Kiểm thử: sửa lý do");
    }

    @Test
    @Order(6)
    void decisions_survive_re_imports_which_still_report_no_change() throws Exception {
        long lineage = count("unit_lineage");
        List<ImportReport> again =
                system.run("test", () -> imports.importManifest(OfficialData.manifest(), ImportMode.ALL_OR_NOTHING));
        assertThat(again)
                .allSatisfy(r -> assertThat(r.outcome())
                        .as(r.fileName() + " " + r.message())
                        .isEqualTo(ImportReport.Outcome.UNCHANGED));
        ImportReport mapping = again.get(4);
        assertThat(mapping.counts())
                .containsEntry("unresolved", openAtStart - 3)
                .containsEntry("inNoList", 1)
                .containsEntry("rule.ADMIN_LINKED", 2)
                .containsEntry("rule.ADMIN_IN_NO_LIST", 1);
        assertThat(count("unit_lineage")).isEqualTo(lineage);

        // the same rows on other lines (the first hundred rows left out): decisions are found by content
        byte[] file = Files.readAllBytes(OfficialData.dir().resolve("vn-ward-mapping-2025.json"));
        List<Object> rows = JsonMapper.shared().readValue(file, new TypeReference<List<Object>>() {});
        byte[] shifted = JsonMapper.shared().writeValueAsBytes(rows.subList(100, rows.size()));
        ImportReport moved = system.run(
                "test",
                () -> imports.importFile(
                        UnitImports.Kind.MAPPING,
                        "sap-xep.json",
                        shifted,
                        LocalDate.of(2025, 7, 1),
                        null,
                        ImportMode.ALL_OR_NOTHING,
                        false));
        assertThat(moved.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(moved.counts()).containsEntry("rule.ADMIN_LINKED", 2).containsEntry("rule.ADMIN_IN_NO_LIST", 1);

        // imported again on the screen: the report shows the rules and the decisions
        String screen = page(
                multipart("/admin/units/import")
                        .file(new MockMultipartFile("file", "vn-ward-mapping-2025.json", "application/json", file))
                        .param("kind", "MAPPING")
                        .param("effective", "01/07/2025")
                        .param("mode", "ALL_OR_NOTHING"),
                "quantri",
                status().isOk());
        assertThat(screen)
                .contains(
                        "Không có thay đổi",
                        "Quy tắc đã áp dụng",
                        "Mã xã cũ đúng; tên trong danh sách có thêm chữ \"NT\" (nông trường) mà bảng chuyển đổi bỏ",
                        "Quản trị viên đã chọn đơn vị",
                        "Dòng lặp lại y hệt một dòng trước: tính một lần",
                        "10.029",
                        "Theo quyết định của quản trị viên quantri",
                        (openAtStart - 3) + " dòng chưa xác định được đơn vị");
        assertThat(count("unit_lineage")).isEqualTo(lineage);
    }

    @Test
    @Order(7)
    void the_import_screen_refuses_a_file_that_is_not_a_mapping_with_the_reason_and_writes_nothing() throws Exception {
        long runs = count("unit_import");
        String screen = page(
                multipart("/admin/units/import")
                        .file(new MockMultipartFile(
                                "file", "sai.json", "application/json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "MAPPING")
                        .param("effective", "01/07/2025"),
                "quantri",
                status().isOk());
        assertThat(screen).contains("Tệp JSON phải là một danh sách");
        String badDate = page(
                multipart("/admin/units/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "MAPPING")
                        .param("effective", "31/02/2025"),
                "quantri",
                status().isOk());
        assertThat(badDate).contains("Ngày \"31/02/2025\" không hợp lệ");
        assertThat(count("unit_import")).isEqualTo(runs);
    }

    private AbstractMockHttpServletRequestBuilder<?> decide(
            String key, String choice, Long oldId, Long newId, String reason, Integer version) {
        var request =
                post("/admin/units/mapping/" + key).param("choice", choice).param("reason", reason);
        if (oldId != null) {
            request.param("oldUnitId", oldId.toString());
        }
        if (newId != null) {
            request.param("newUnitId", newId.toString());
        }
        if (version != null) {
            request.param("version", version.toString());
        }
        return request;
    }

    private String openRowKey(String condition) {
        return jdbc.sql("select row_key from unit_mapping_open_row where import_id = (select max(import_id) from "
                        + "unit_mapping_open_row) and " + condition + " order by row_no limit 1")
                .query(String.class)
                .single();
    }

    private int rowNo(String key) {
        return jdbc.sql("select row_no from unit_mapping_open_row where row_key = ? limit 1")
                .param(key)
                .query(Integer.class)
                .single();
    }

    private Long newFound(String key) {
        return jdbc.sql("select new_found_id from unit_mapping_open_row where row_key = ? limit 1")
                .param(key)
                .query(Long.class)
                .single();
    }

    private long unit(String code, String level, LocalDate on) {
        return jdbc.sql("""
                        select id from admin_unit where code = ? and level = ? and valid_from <= ?
                        and (valid_to is null or valid_to > ?)""").params(code, level, on, on).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
