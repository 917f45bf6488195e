package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ntm.testing.Api.assertProblem;
import static vn.ntm.testing.Api.json;
import static vn.ntm.testing.Api.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.JsonNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.scope.Role;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * The Excel round trip of a set's indicators and of a province's thresholds: the template of the 2021-2025 set
 * uploaded back unchanged changes nothing; a filled 2026-2030 sheet with a bad cell and a formula is refused whole in
 * "all or nothing" and written without the bad row in "valid rows only", each error by "dòng N, cột X"; a change
 * made by someone else since the preview refuses the apply; a province officer of another province cannot load
 * Huế's overlay.
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=catalog_sheets")
class CatalogSheetRoundTripTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String NEXT = "NTM-XA-2026-2030";
    static final String BASE = "/api/v1/exchange/catalog";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers users;

    @Autowired
    SystemActor system;

    Api api() {
        return new Api(mvc);
    }

    byte[] download(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    JsonNode upload(String url, byte[] file, String user, ResultMatcher expected) throws Exception {
        return api().call(
                        multipart(url).file(new MockMultipartFile("file", "chi-tieu.xlsx", Downloads.XLSX, file)),
                        user,
                        expected);
    }

    JsonNode apply(String token, String mode, String user, ResultMatcher expected) throws Exception {
        return api().call(json(post(BASE + "/uploads/" + token + "/apply"), Map.of("mode", mode)), user, expected);
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long indicators(String code) {
        return count(
                "select count(*) from indicator i join criteria_set s on s.id = i.set_id where s.code = ?"
                        + " and i.code = ?",
                NEXT,
                code);
    }

    /** A row of the indicators sheet, filled as an administrator would from the decision (test wording). */
    static void fill(Sheet sheet, int rowIndex, String code, Object group1, Object group2) {
        Row row = sheet.createRow(rowIndex);
        set(row, sheet, "criterion", 5);
        set(row, sheet, "code", code);
        set(row, sheet, "textVi", "Chỉ tiêu kiểm thử " + code + " (không phải văn bản thật)");
        set(row, sheet, "kind", "Định lượng");
        set(row, sheet, "measureUnit", "%");
        set(row, sheet, "comparison", "≥");
        set(row, sheet, "minValue", 0);
        set(row, sheet, "maxValue", 100);
        set(row, sheet, "source", "Quyết định kiểm thử số 1");
        set(row, sheet, "sourceDate", "29/12/2025");
        set(row, sheet, "threshold:1", group1);
        set(row, sheet, "threshold:2", group2);
    }

    static void set(Row row, Sheet sheet, String code, Object value) {
        int column = Workbooks.column(sheet, code);
        if (value instanceof Number n) {
            row.createCell(column).setCellValue(n.doubleValue());
        } else if (value instanceof String s && s.startsWith("=")) {
            row.createCell(column).setCellFormula(s.substring(1));
        } else {
            row.createCell(column).setCellValue((String) value);
        }
    }

    @Test
    void the_2021_2025_indicators_downloaded_and_uploaded_back_change_nothing() throws Exception {
        byte[] template = download(BASE + "/sets/" + SET + "/template", "admin");
        try (XSSFWorkbook book = Workbooks.open(template)) {
            Sheet sheet = book.getSheet(CatalogSheet.DATA_SHEET);
            assertThat(sheet.getRow(1)
                            .getCell(Workbooks.column(sheet, "threshold:TDMNPB"))
                            .getStringCellValue())
                    .isEqualTo("Ngưỡng – Trung du miền núi phía Bắc");
            assertThat(sheet.getLastRowNum()).as("57 indicators from row 3").isEqualTo(58);
        }
        JsonNode preview = upload(BASE + "/sets/" + SET + "/uploads", template, "admin", status().isOk());
        assertThat(preview.get("errors").toString()).isEqualTo("[]");
        assertThat(preview.get("changes").toString()).isEqualTo("[]");
        assertThat(preview.get("unchanged").asInt()).isEqualTo(57);
        JsonNode applied = apply(preview.get("token").asString(), "ALL_OR_NOTHING", "admin", status().isOk());
        assertThat(applied.get("applied").get("changed").asInt()).isZero();
        assertThat(count(
                        "select count(*) from indicator i join criteria_set s on s.id = i.set_id"
                                + " where s.code = ? and (i.entered_by is not null or i.version > 0)",
                        SET))
                .isZero();
    }

    @Test
    void a_sheet_with_a_bad_cell_is_refused_whole_in_all_or_nothing_and_its_valid_rows_are_written_on_request()
            throws Exception {
        byte[] filled;
        try (XSSFWorkbook book = Workbooks.open(download(BASE + "/sets/" + NEXT + "/template", "admin"))) {
            Sheet sheet = book.getSheet(CatalogSheet.DATA_SHEET);
            fill(sheet, 2, "5.11", 95, 90);
            fill(sheet, 3, "5.12", 120, "=80+5");
            fill(sheet, 4, "5.13", 80, 75);
            filled = Workbooks.bytes(book);
        }
        String group1 = Workbooks.columnName(
                Workbooks.column(Workbooks.open(filled).getSheet(CatalogSheet.DATA_SHEET), "threshold:1"));
        String group2 = Workbooks.columnName(
                Workbooks.column(Workbooks.open(filled).getSheet(CatalogSheet.DATA_SHEET), "threshold:2"));
        JsonNode preview = upload(BASE + "/sets/" + NEXT + "/uploads", filled, "admin", status().isOk());
        assertThat(preview.get("added").asInt()).isEqualTo(2);
        assertThat(preview.get("refused").asInt()).isEqualTo(1);
        List<String> errors = new ArrayList<>();
        preview.get("errors")
                .forEach(e -> errors.add(
                        e.get("ref").asString() + ": " + e.get("message").asString()));
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "dòng 4, cột " + group1 + ": Chỉ tiêu 5.12 tính bằng %: giá trị 120 phải từ 0 đến 100.",
                        "dòng 4, cột " + group2 + ": Giá trị \"=80+5\" không phải là số (ví dụ 20,5 hoặc 20.5).");
        List<String> lines = new ArrayList<>();
        preview.get("changes")
                .forEach(l -> lines.add(l.get("ref").asString() + " "
                        + l.get("column").asString() + " " + l.get("before").asString() + "→"
                        + l.get("after").asString()));
        assertThat(lines).contains("dòng 3, cột " + group1 + " Ngưỡng – Xã nhóm 1 →95");

        String token = preview.get("token").asString();
        assertProblem(
                apply(token, "ALL_OR_NOTHING", "admin", problem(status().isBadRequest())),
                "mode",
                "Có 1 dòng lỗi: chế độ \"tất cả hoặc không\" không ghi gì. Sửa các dòng lỗi hoặc chọn \"chỉ ghi các dòng hợp lệ\".");
        assertThat(indicators("5.11") + indicators("5.12") + indicators("5.13"))
                .as("nothing written")
                .isZero();

        JsonNode applied = apply(token, "VALID_ROWS", "admin", status().isOk());
        assertThat(applied.get("applied").get("added").asInt()).isEqualTo(2);
        assertThat(indicators("5.11")).isEqualTo(1);
        assertThat(indicators("5.12")).as("the bad row").isZero();
        assertThat(indicators("5.13")).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select i.entered_by || ' ' || i.source_document || ' ' || i.source_date || ' ' || i.wording_verified
                        from indicator i join criteria_set s on s.id = i.set_id where s.code = ? and i.code = '5.11'""").param(NEXT).query(String.class).single())
                .isEqualTo("admin Quyết định kiểm thử số 1 2025-12-29 true");
        assertThat(count("""
                select count(*) from threshold t join indicator i on i.id = t.indicator_id
                join criteria_set s on s.id = i.set_id where s.code = ? and i.code = '5.11' and t.overlay_id is null
                and t.verified and t.entered_by = 'admin'""", NEXT)).isEqualTo(2);
        assertThat(apply(token, "VALID_ROWS", "admin", problem(status().isConflict()))
                        .get("detail")
                        .asString())
                .isNotBlank();
    }

    @Test
    void a_change_made_by_someone_else_after_the_preview_refuses_the_apply() throws Exception {
        byte[] filled;
        try (XSSFWorkbook book = Workbooks.open(download(BASE + "/sets/" + NEXT + "/template", "admin"))) {
            fill(book.getSheet(CatalogSheet.DATA_SHEET), 2, "5.21", 95, 90);
            filled = Workbooks.bytes(book);
        }
        apply(
                upload(BASE + "/sets/" + NEXT + "/uploads", filled, "admin", status().isOk())
                        .get("token")
                        .asString(),
                "ALL_OR_NOTHING",
                "admin",
                status().isOk());
        byte[] changed;
        try (XSSFWorkbook book = Workbooks.open(download(BASE + "/sets/" + NEXT + "/template", "admin"))) {
            Sheet sheet = book.getSheet(CatalogSheet.DATA_SHEET);
            for (Row row : sheet) {
                if (row.getRowNum() >= 2
                        && "5.21"
                                .equals(row.getCell(Workbooks.column(sheet, "code"))
                                        .getStringCellValue())) {
                    row.getCell(Workbooks.column(sheet, "threshold:1")).setCellValue(96);
                }
            }
            changed = Workbooks.bytes(book);
        }
        JsonNode preview = upload(BASE + "/sets/" + NEXT + "/uploads", changed, "admin", status().isOk());
        assertThat(preview.get("changed").asInt()).isEqualTo(1);
        assertThat(preview.get("changes").get(0).get("before").asString()).isEqualTo("95");
        assertThat(preview.get("changes").get(0).get("after").asString()).isEqualTo("96");

        JsonNode indicator = api().call(
                        get("/api/v1/criteria/indicators/" + count("""
                select i.id from indicator i join criteria_set s on s.id = i.set_id
                where s.code = ? and i.code = '5.21'""", NEXT)), "admin", status().isOk())
                .get("indicator");
        Map<String, Object> edit = new HashMap<>(Map.of(
                "criterion",
                5,
                "code",
                "5.21",
                "textVi",
                "Sửa trên màn hình (kiểm thử)",
                "kind",
                "MEASURED",
                "measureUnit",
                "%",
                "comparison",
                "GE",
                "version",
                indicator.get("version").asInt()));
        api().call(
                        json(
                                put("/api/v1/criteria/indicators/"
                                        + indicator.get("id").asLong()),
                                edit),
                        "admin",
                        status().isOk());
        assertThat(apply(preview.get("token").asString(), "ALL_OR_NOTHING", "admin", problem(status().isConflict()))
                        .get("detail")
                        .asString())
                .startsWith("Bản ghi đã được admin sửa ngày ");
        assertThat(count("""
                select count(*) from threshold t join indicator i on i.id = t.indicator_id
                join criteria_set s on s.id = i.set_id where s.code = ? and i.code = '5.21' and t.value = 96""", NEXT)).isZero();
    }

    @Test
    void a_province_officer_loads_the_provinces_thresholds_by_excel_and_another_provinces_officer_is_refused()
            throws Exception {
        // 2026-2030 needs an indicator for a province to set a threshold on (test data, entered as an administrator)
        byte[] filled;
        try (XSSFWorkbook book = Workbooks.open(download(BASE + "/sets/" + NEXT + "/template", "admin"))) {
            fill(book.getSheet(CatalogSheet.DATA_SHEET), 2, "5.31", 95, 90);
            filled = Workbooks.bytes(book);
        }
        apply(
                upload(BASE + "/sets/" + NEXT + "/uploads", filled, "admin", status().isOk())
                        .get("token")
                        .asString(),
                "ALL_OR_NOTHING",
                "admin",
                status().isOk());
        long hue = api().unitId(DemoPlaces.HUE.on(DemoPlaces.MID_2026));
        JsonNode overlay = api().call(
                        json(
                                post("/api/v1/criteria/overlays"),
                                Map.of(
                                        "set",
                                        NEXT,
                                        "provinceUnitId",
                                        hue,
                                        "decision",
                                        "Quyết định kiểm thử 99/QĐ-UBND",
                                        "decisionDate",
                                        "2026-03-01",
                                        "validFrom",
                                        "2026-01-01")),
                        "tinh.hue",
                        status().isCreated());
        long overlayId = overlay.get("id").asLong();

        byte[] sheet;
        try (XSSFWorkbook book = Workbooks.open(download(BASE + "/overlays/" + overlayId + "/template", "tinh.hue"))) {
            Sheet data = book.getSheet(CatalogSheet.DATA_SHEET);
            for (Row row : data) {
                if (row.getRowNum() >= 2
                        && "5.31"
                                .equals(row.getCell(Workbooks.column(data, "code"))
                                        .getStringCellValue())) {
                    assertThat(row.getCell(Workbooks.column(data, "national")).getStringCellValue())
                            .isEqualTo("1: 95; 2: 90");
                    row.createCell(Workbooks.column(data, "threshold:1")).setCellValue(97);
                }
            }
            sheet = Workbooks.bytes(book);
        }
        system.run("test", () -> users.ensure("tinh.laichau", Role.PROVINCE_OFFICER, "12", null));
        assertProblem(
                upload(
                        BASE + "/overlays/" + overlayId + "/uploads",
                        sheet,
                        "tinh.laichau",
                        problem(status().isForbidden())),
                null,
                "Chỉ quản trị viên hoặc cán bộ của Thành phố Huế được nạp bộ tiêu chí của tỉnh.");
        JsonNode preview = upload(BASE + "/overlays/" + overlayId + "/uploads", sheet, "tinh.hue", status().isOk());
        assertThat(preview.get("changed").asInt()).isEqualTo(1);
        apply(preview.get("token").asString(), "ALL_OR_NOTHING", "tinh.hue", status().isOk());
        assertThat(jdbc.sql("""
                        select t.value || ' ' || t.source || ' ' || t.source_date || ' ' || t.entered_by from threshold t
                        where t.overlay_id = ?""").param(overlayId).query(String.class).single())
                .isEqualTo("97 Quyết định kiểm thử 99/QĐ-UBND 2026-03-01 tinh.hue");
    }
}
