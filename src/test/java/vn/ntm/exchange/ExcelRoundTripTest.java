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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.JsonNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;

/**
 * The Excel round trip over the API on the demo data (Thượng Lộ 2024): template, upload, preview, apply; a file
 * with errors in both modes; formula text; a file outside the caller's scope; a preview gone stale. Each test
 * touches its own indicators, so the order does not matter.
 */
@SpringBootTest(properties = {"ntm.embedded-db.data-dir=target/pg-test", "ntm.embedded-db.database=exchange_api",
        "ntm.embedded-db.fresh=true", "ntm.exchange.directory=target/exchange-api"})
@AutoConfigureMockMvc
class ExcelRoundTripTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String BASE = "/api/v1/exchange/" + SET + "/2024";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long thuongLo() throws Exception {
        return new Api(mvc).call(get("/api/v1/units/code/20185").param("date", "2024-12-31"), "admin",
                status().isOk()).get("id").asLong();
    }

    byte[] template(String user, long unit) throws Exception {
        return mvc.perform(get(BASE + "/template").param("unit", String.valueOf(unit))
                        .with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    JsonNode upload(String user, byte[] file, ResultMatcher expected) throws Exception {
        return upload(user, BASE, file, expected);
    }

    JsonNode upload(String user, String base, byte[] file, ResultMatcher expected) throws Exception {
        return new Api(mvc).call(multipart(base + "/uploads").file(new MockMultipartFile("file", "thuong-lo.xlsx",
                Downloads.XLSX, file)), user, expected);
    }

    JsonNode apply(String user, String token, String mode, ResultMatcher expected) throws Exception {
        return new Api(mvc).call(Api.json(post("/api/v1/exchange/uploads/" + token + "/apply"), Map.of("mode", mode)),
                user, expected);
    }

    /** The stored value of an indicator as text (number or met), read back with SQL. */
    String stored(long unit, String code) {
        return jdbc.sql("""
                        select coalesce(v.numeric_value::text, v.met::text, 'reason:' || v.not_evaluated_reason)
                        from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2024""")
                .params(unit, code).query(String.class).single();
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
                .anyMatch(r -> r.isInRange(2, qualitative)).noneMatch(r -> r.isInRange(2, ehealth));
        Sheet ids = workbook.getSheet("_ntm");
        assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(ids))).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(ids.getRow(0).getCell(1).getStringCellValue()).isEqualTo(SET);

        value.setCellValue(55);
        JsonNode preview = upload("xa.thuonglo", Workbooks.bytes(workbook), status().isOk());
        assertThat(preview.get("rows").asInt()).isEqualTo(1);
        assertThat(preview.get("changeCount").asInt()).isEqualTo(1);
        assertThat(preview.get("errorCount").asInt()).isZero();
        assertThat(preview.get("unchangedCount").asInt()).isEqualTo(preview.get("cells").asInt() - 1);
        JsonNode change = preview.get("changes").get(0);
        assertThat(change.get("indicator").asString()).isEqualTo("15.4");
        assertThat(change.get("before").asString()).isEqualTo("20");
        assertThat(change.get("after").asString()).isEqualTo("55");
        assertThat(change.get("ref").asString()).isEqualTo("dòng 3, cột " + Workbooks.columnName(ehealth));
        assertThat(stored(id, "15.4")).isEqualTo("20");

        JsonNode applied = apply("xa.thuonglo", preview.get("token").asString(), "ALL_OR_NOTHING", status().isOk());
        assertThat(applied.get("applied").get("written").asInt()).isEqualTo(1);
        JsonNode standing = new Api(mvc).call(get("/api/v1/assessments/" + id + "/" + SET + "/2024"), "xa.thuonglo",
                status().isOk());
        assertThat(standing.get("summary").asString()).isEqualTo("đạt 18/19 tiêu chí");
        assertThat(jdbc.sql("""
                        select v.note from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""")
                .param(id).query(String.class).single()).as("the note is kept").contains("20/50%");
        apply("xa.thuonglo", preview.get("token").asString(), "ALL_OR_NOTHING", status().isConflict());
    }
}
