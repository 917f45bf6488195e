package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
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
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * The Excel round trip over the API on the demo data (Thượng Lộ 2024): template, upload, preview, apply; a file
 * with errors in both modes; formula text; a file outside the caller's scope; a preview gone stale. Each test
 * touches its own indicators, so the order does not matter.
 */
@NtmTest
@TestPropertySource(
        properties = {"ntm.embedded-db.database=exchange_api", "ntm.exchange.directory=target/exchange-api"})
class ExcelRoundTripTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String BASE = "/api/v1/exchange/" + SET + "/2024";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long thuongLo() throws Exception {
        return new Api(mvc).unitId(DemoPlaces.THUONG_LO);
    }

    byte[] template(String user, long unit) throws Exception {
        return mvc.perform(get(BASE + "/template")
                        .param("unit", String.valueOf(unit))
                        .with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    JsonNode upload(String user, byte[] file, ResultMatcher expected) throws Exception {
        return upload(user, BASE, file, expected);
    }

    JsonNode upload(String user, String base, byte[] file, ResultMatcher expected) throws Exception {
        return new Api(mvc)
                .call(
                        multipart(base + "/uploads")
                                .file(new MockMultipartFile("file", "thuong-lo.xlsx", Downloads.XLSX, file)),
                        user,
                        expected);
    }

    JsonNode apply(String user, String token, String mode, ResultMatcher expected) throws Exception {
        return new Api(mvc)
                .call(
                        Api.json(post("/api/v1/exchange/uploads/" + token + "/apply"), Map.of("mode", mode)),
                        user,
                        expected);
    }

    /** The stored value of an indicator as text (number or met), read back with SQL. */
    String stored(long unit, String code) {
        return jdbc.sql("""
                        select coalesce(v.numeric_value::text, v.met::text, 'reason:' || v.not_evaluated_reason)
                        from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2024""").params(unit, code).query(String.class).single();
    }

    @Test
    void thuong_lo_2024_goes_out_to_excel_and_back_and_55_percent_for_15_4_makes_18_of_19_criteria() throws Exception {
        long id = thuongLo();
        XSSFWorkbook workbook = Workbooks.open(template("xa.thuonglo", id));
        Sheet sheet = workbook.getSheet("Giá trị");
        assertThat(workbook.getSheetIndex(sheet)).isZero();
        Row codes = sheet.getRow(0);
        assertThat(codes.getCell(0).getStringCellValue()).isEqualTo("Mã số (id)");
        assertThat(codes.getCell(1).getStringCellValue()).isEqualTo("Mã đơn vị");
        assertThat(codes.getCell(2).getStringCellValue()).isEqualTo("Tên đơn vị");
        assertThat(codes.getCell(3).getStringCellValue()).isEqualTo("1.1");
        assertThat(codes.getLastCellNum()).isEqualTo((short) (3 + 57));
        int ehealth = Workbooks.column(sheet, "15.4");
        assertThat(sheet.getRow(1).getCell(ehealth).getStringCellValue()).contains("sổ khám chữa bệnh điện tử");
        Row thuongLo = sheet.getRow(2);
        assertThat((long) thuongLo.getCell(0).getNumericCellValue()).isEqualTo(id);
        assertThat(thuongLo.getCell(1).getStringCellValue()).isEqualTo("20185");
        assertThat(thuongLo.getCell(2).getStringCellValue()).contains("Thượng Lộ");
        Cell value = thuongLo.getCell(ehealth);
        assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(value.getNumericCellValue()).isEqualTo(20.0);
        assertThat(Workbooks.cell(sheet, id, "1.1").getStringCellValue()).isEqualTo("Đạt");
        assertThat(Workbooks.cell(sheet, id, "13.3").getStringCellValue()).isEqualTo("Không đạt");
        assertThat(Workbooks.cell(sheet, id, "7").getStringCellValue()).startsWith("Không đánh giá: ");

        List<? extends DataValidation> validations = sheet.getDataValidations();
        assertThat(validations).hasSize(1);
        assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                .containsExactly("Đạt", "Không đạt");
        int qualitative = Workbooks.column(sheet, "13.3");
        assertThat(List.of(validations.get(0).getRegions().getCellRangeAddresses()))
                .anyMatch(r -> r.isInRange(2, qualitative))
                .noneMatch(r -> r.isInRange(2, ehealth));
        Sheet ids = workbook.getSheet("_ntm");
        assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(ids))).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(ids.getRow(0).getCell(1).getStringCellValue()).isEqualTo(SET);

        value.setCellValue(55);
        JsonNode preview = upload("xa.thuonglo", Workbooks.bytes(workbook), status().isOk());
        assertThat(preview.get("rows").asInt()).isEqualTo(1);
        assertThat(preview.get("changeCount").asInt()).isEqualTo(1);
        assertThat(preview.get("errorCount").asInt()).isZero();
        assertThat(preview.get("unchangedCount").asInt())
                .isEqualTo(preview.get("cells").asInt() - 1);
        JsonNode change = preview.get("changes").get(0);
        assertThat(change.get("indicator").asString()).isEqualTo("15.4");
        assertThat(change.get("before").asString()).isEqualTo("20");
        assertThat(change.get("after").asString()).isEqualTo("55");
        assertThat(change.get("ref").asString()).isEqualTo("dòng 3, cột " + Workbooks.columnName(ehealth));
        assertThat(stored(id, "15.4")).isEqualTo("20");

        JsonNode applied = apply("xa.thuonglo", preview.get("token").asString(), "ALL_OR_NOTHING", status().isOk());
        assertThat(applied.get("applied").get("written").asInt()).isEqualTo(1);
        JsonNode standing = new Api(mvc)
                .call(get("/api/v1/assessments/" + id + "/" + SET + "/2024"), "xa.thuonglo", status().isOk());
        assertThat(standing.get("summary").asString()).isEqualTo("đạt 18/19 tiêu chí");
        assertThat(jdbc.sql("""
                        select v.note from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""").param(id).query(String.class).single())
                .as("the note is kept")
                .contains("20/50%");
        apply("xa.thuonglo", preview.get("token").asString(), "ALL_OR_NOTHING", status().isConflict());
    }

    @Test
    void
            a_file_with_errors_lists_each_by_row_and_column_and_all_or_nothing_writes_nothing_while_valid_rows_writes_the_good_cells()
                    throws Exception {
        long id = thuongLo();
        XSSFWorkbook workbook = Workbooks.open(template("xa.thuonglo", id));
        Sheet sheet = workbook.getSheet("Giá trị");
        Workbooks.cell(sheet, id, "2.1").setCellValue("abc");
        Workbooks.cell(sheet, id, "2.2").setCellValue(120);
        Workbooks.cell(sheet, id, "1.1").setCellValue(5);
        Workbooks.cell(sheet, id, "2.3").setCellValue("97,5");
        Workbooks.cell(sheet, id, "2.4").setBlank();
        JsonNode preview = upload("xa.thuonglo", Workbooks.bytes(workbook), status().isOk());
        assertThat(preview.get("errorCount").asInt()).isEqualTo(3);
        assertThat(preview.get("changeCount").asInt()).isEqualTo(1);
        List<String> errors = new ArrayList<>();
        preview.get("errors")
                .forEach(e -> errors.add(
                        e.get("ref").asString() + ": " + e.get("message").asString()));
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "dòng 3, cột " + col(sheet, "2.1")
                                + ": Giá trị \"abc\" của chỉ tiêu 2.1 không phải là số (ví dụ 20,5 hoặc 20.5).",
                        "dòng 3, cột " + col(sheet, "2.2")
                                + ": Giá trị 120 của chỉ tiêu 2.2 vượt quá mức tối đa 100 %.",
                        "dòng 3, cột " + col(sheet, "1.1")
                                + ": Chỉ tiêu 1.1 là chỉ tiêu định tính: hãy chọn \"Đạt\" hoặc"
                                + " \"Không đạt\", không nhập số \"5\".");
        assertThat(preview.get("changes").get(0).get("after").asString()).isEqualTo("97,5");
        String token = preview.get("token").asString();

        JsonNode refused = apply("xa.thuonglo", token, "ALL_OR_NOTHING", status().isBadRequest());
        assertThat(refused.get("detail").asString()).contains("còn 3 lỗi", "không ghi giá trị nào");
        assertThat(stored(id, "2.3")).isEqualTo("95");
        assertThat(stored(id, "2.1")).isEqualTo("95");

        JsonNode applied = apply("xa.thuonglo", token, "VALID_ROWS", status().isOk());
        assertThat(applied.get("applied").get("written").asInt()).isEqualTo(1);
        assertThat(applied.get("applied").get("skipped").asInt()).isEqualTo(3);
        assertThat(stored(id, "2.3")).isEqualTo("97.5");
        assertThat(stored(id, "2.1")).isEqualTo("95");
        assertThat(stored(id, "2.2")).isEqualTo("95");
        assertThat(stored(id, "2.4")).as("an empty cell changes nothing").isEqualTo("95");
        assertThat(stored(id, "1.1")).isEqualTo("true");
    }

    @Test
    void formula_text_is_refused_or_stored_as_text_and_never_comes_back_as_a_formula() throws Exception {
        long id = thuongLo();
        XSSFWorkbook workbook = Workbooks.open(template("xa.thuonglo", id));
        Sheet sheet = workbook.getSheet("Giá trị");
        Workbooks.cell(sheet, id, "9.2").setCellFormula("HYPERLINK(\"http://x\",\"y\")");
        Workbooks.cell(sheet, id, "6.3").setCellFormula("1+1");
        Workbooks.cell(sheet, id, "7").setCellValue("Không đánh giá: =1+1");
        JsonNode preview = upload("xa.thuonglo", Workbooks.bytes(workbook), status().isOk());
        List<String> errors = new ArrayList<>();
        preview.get("errors").forEach(e -> errors.add(e.get("message").asString()));
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "Giá trị \"=HYPERLINK(\"http://x\",\"y\")\" của chỉ tiêu 9.2 không phải là số (ví dụ 20,5 hoặc 20.5).",
                        "Giá trị \"=1+1\" của chỉ tiêu 6.3 không phải là số (ví dụ 20,5 hoặc 20.5).");
        apply("xa.thuonglo", preview.get("token").asString(), "VALID_ROWS", status().isOk());
        assertThat(stored(id, "7")).isEqualTo("reason:=1+1");
        assertThat(stored(id, "9.2")).isEqualTo("95");

        XSSFWorkbook again = Workbooks.open(template("xa.thuonglo", id));
        Sheet exported = again.getSheet("Giá trị");
        Cell reason = Workbooks.cell(exported, id, "7");
        assertThat(reason.getCellType()).isEqualTo(CellType.STRING);
        assertThat(reason.getStringCellValue()).isEqualTo("Không đánh giá: =1+1");
        for (Sheet s : again) {
            for (Row row : s) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType())
                            .as(cell.getAddress().formatAsString())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void an_officer_of_another_commune_uploading_thuong_los_file_is_refused_and_nothing_is_stored() throws Exception {
        long id = thuongLo();
        XSSFWorkbook workbook = Workbooks.open(template("xa.thuonglo", id));
        Workbooks.cell(workbook.getSheet("Giá trị"), id, "17.1").setCellValue(99);
        JsonNode refused = upload("xa.talen", Workbooks.bytes(workbook), status().isForbidden());
        assertThat(refused.get("detail").asString()).contains("ngoài phạm vi", "dòng 3: 20185");
        assertThat(stored(id, "17.1")).isEqualTo("95");
        mvc.perform(get(BASE + "/template")
                        .param("unit", String.valueOf(id))
                        .with(httpBasic("xa.talen", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_value_changed_after_the_preview_makes_the_apply_refused() throws Exception {
        long id = thuongLo();
        XSSFWorkbook workbook = Workbooks.open(template("xa.thuonglo", id));
        Workbooks.cell(workbook.getSheet("Giá trị"), id, "17.7").setCellValue(96);
        JsonNode preview = upload("xa.thuonglo", Workbooks.bytes(workbook), status().isOk());
        int version = jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '17.7' and v.year = 2024""").param(id).query(Integer.class).single();
        new Api(mvc)
                .call(
                        Api.json(
                                put("/api/v1/assessments/" + id + "/" + SET + "/2024/values/17.7"),
                                Map.of("value", "94", "version", version)),
                        "xa.thuonglo",
                        status().isOk());
        JsonNode refused =
                apply("xa.thuonglo", preview.get("token").asString(), "ALL_OR_NOTHING", status().isConflict());
        assertThat(refused.get("detail").asString()).contains("đã thay đổi sau khi xem trước", "20185");
        assertThat(stored(id, "17.7")).isEqualTo("94");
    }

    @Test
    void files_that_are_not_the_template_of_this_set_and_year_are_refused_with_the_reason() throws Exception {
        long id = thuongLo();
        JsonNode csv = new Api(mvc)
                .call(
                        multipart(BASE + "/uploads")
                                .file(new MockMultipartFile(
                                        "file",
                                        "x.csv",
                                        "text/csv",
                                        "ma,gia_tri\n1.1,Đạt\n".getBytes(StandardCharsets.UTF_8))),
                        "xa.thuonglo",
                        status().isBadRequest());
        assertThat(csv.get("detail").asString()).contains("không phải tệp Excel .xlsx");

        byte[] file = template("xa.thuonglo", id);
        JsonNode otherYear = upload("xa.thuonglo", "/api/v1/exchange/" + SET + "/2023", file, status().isBadRequest());
        assertThat(otherYear.get("detail").asString()).contains("mẫu của năm 2024, không phải năm 2023");

        XSSFWorkbook workbook = Workbooks.open(file);
        workbook.getSheet("Giá trị").getRow(0).getCell(5).setCellValue("99.9");
        JsonNode header = upload("xa.thuonglo", Workbooks.bytes(workbook), status().isBadRequest());
        assertThat(header.get("detail").asString()).contains("cột F", "\"99.9\"", "không có mã này");

        XSSFWorkbook plain = new XSSFWorkbook();
        plain.createSheet("Giá trị").createRow(0).createCell(0).setCellValue("x");
        JsonNode notTemplate = upload("xa.thuonglo", Workbooks.bytes(plain), status().isBadRequest());
        assertThat(notTemplate.get("detail").asString()).contains("không phải mẫu tải từ hệ thống");
    }

    static String col(Sheet sheet, String code) {
        return Workbooks.columnName(Workbooks.column(sheet, code));
    }

    @Test
    void after_entry_closes_a_sheet_with_a_change_reason_makes_change_requests_and_writes_nothing_directly()
            throws Exception {
        long id = thuongLo();
        long province = new Api(mvc).unitId(DemoPlaces.THUA_THIEN_HUE);
        String period = "/api/v1/entry-periods/" + SET + "/" + province + "/2024";
        new Api(mvc)
                .call(
                        Api.json(put(period), Map.of("open", false, "reason", "Chốt số liệu 2024")),
                        "admin",
                        status().isOk());
        try {
            String before181 = stored(id, "18.1");
            XSSFWorkbook workbook = Workbooks.open(template("xa.thuonglo", id));
            Sheet sheet = workbook.getSheet("Giá trị");
            Workbooks.cell(sheet, id, "4.2").setCellValue(99.5);
            Workbooks.cell(sheet, id, "18.1").setCellValue("abc");
            JsonNode preview = upload("xa.thuonglo", Workbooks.bytes(workbook), status().isOk());
            assertThat(preview.get("errorCount").asInt()).isEqualTo(2);
            assertThat(preview.get("closedCount").asInt())
                    .as("only 4.2 is refused for the closed entry alone")
                    .isEqualTo(1);
            String token = preview.get("token").asString();
            assertThat(new Api(mvc).page("/exchange/previews/" + token, "xa.thuonglo", "vi"))
                    .contains("1 ô bị từ chối vì kỳ nhập đã khóa. Ghi lý do thay đổi", "name=\"changeReason\"");

            Api.assertProblem(
                    apply("xa.thuonglo", token, "ALL_OR_NOTHING", Api.problem(status().isBadRequest())),
                    "mode",
                    "Tệp còn 2 lỗi: chế độ \"áp dụng tất cả hoặc không\" không ghi giá trị nào. Hãy sửa tệp "
                            + "và tải lên lại, hoặc chọn \"chỉ áp dụng các dòng hợp lệ\".");
            JsonNode refused = new Api(mvc)
                    .call(
                            Api.json(
                                    post("/api/v1/exchange/uploads/" + token + "/apply"),
                                    Map.of("mode", "ALL_OR_NOTHING", "changeReason", "Số liệu điện lực quý IV")),
                            "xa.thuonglo",
                            Api.problem(status().isBadRequest()));
            assertThat(refused.get("detail").asString())
                    .as("the bad 18.1 is still an error")
                    .contains("còn 1 lỗi");
            assertThat(pending(id)).isZero();

            JsonNode applied = new Api(mvc)
                    .call(
                            Api.json(
                                    post("/api/v1/exchange/uploads/" + token + "/apply"),
                                    Map.of("mode", "VALID_ROWS", "changeReason", "Số liệu điện lực quý IV")),
                            "xa.thuonglo",
                            status().isOk())
                    .get("applied");
            assertThat(applied.get("requested").asInt()).isEqualTo(1);
            assertThat(new Api(mvc).page("/exchange/previews/" + token, "xa.thuonglo", "en"))
                    .contains("1 change requests await approval by the commune leader");
            assertThat(applied.get("written").asInt()).isZero();
            assertThat(stored(id, "4.2"))
                    .as("not written until the leader approves")
                    .isNotEqualTo("99.5");
            assertThat(stored(id, "18.1")).isEqualTo(before181);
            assertThat(jdbc.sql("""
                            select r.numeric_value::text || ' ' || r.reason || ' ' || r.requested_by
                            from value_change_request r join indicator i on i.id = r.indicator_id
                            where r.unit_id = ? and i.code = '4.2' and r.state = 'PENDING'""").param(id).query(String.class).single())
                    .isEqualTo("99.5 Số liệu điện lực quý IV xa.thuonglo");
        } finally {
            new Api(mvc)
                    .call(Api.json(put(period), Map.of("open", true, "reason", "Mở lại")), "admin", status().isOk());
        }
    }

    private long pending(long unit) {
        return jdbc.sql("select count(*) from value_change_request where unit_id = ? and state = 'PENDING'")
                .param(unit)
                .query(Long.class)
                .single();
    }
}
