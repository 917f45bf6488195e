package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;

/**
 * One write rule for a value, whichever way the edit comes. Sở Y tế returns a value of Khe Tre 2025 with a
 * reason; the commune fixes it, once by a single save and once by a sheet; both ways the value is a draft again,
 * nobody's review stands, and the reason stays: the commune still reads what it is fixing, and after it submits
 * again the agency's list shows what it had asked for. Verifying it then clears the reason. Each test has its own
 * indicator, so the order does not matter.
 */
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=returned_edit",
            "ntm.embedded-db.fresh=true",
            "ntm.exchange.directory=target/returned-edit"
        })
@AutoConfigureMockMvc
class EditOfAReturnedValueTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String COMMUNE = "xa.khetre";
    static final String AGENCY = "so.yte.hue";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_single_save_of_a_returned_value_makes_it_a_draft_that_keeps_its_return_reason() throws Exception {
        long unit = kheTre();
        String reason = "Thiếu danh sách người tham gia bảo hiểm y tế kèm theo";
        JsonNode returned = returned(unit, "15.1", reason);

        Map<String, Object> body = new HashMap<>();
        body.put("value", "96,5");
        body.put("version", returned.get("version").asInt());
        new Api(mvc).call(Api.json(put(valueUrl(unit, "15.1")), body), COMMUNE, status().isOk());

        editedReturnedValueIsADraftKeepingItsReason(unit, "15.1", "96.5", reason);
    }

    @Test
    void a_sheet_that_changes_a_returned_value_makes_it_a_draft_that_keeps_its_return_reason() throws Exception {
        long unit = kheTre();
        String reason = "Số liệu không khớp báo cáo của Trạm y tế";
        returned(unit, "15.4", reason);

        XSSFWorkbook workbook = Workbooks.open(template(unit));
        Workbooks.cell(workbook.getSheet("Giá trị"), unit, "15.4").setCellValue(55);
        JsonNode preview = upload(workbook);
        assertThat(preview.get("changeCount").asInt()).isEqualTo(1);
        assertThat(preview.get("errorCount").asInt()).isZero();
        JsonNode applied = new Api(mvc)
                .call(
                        Api.json(
                                post("/api/v1/exchange/uploads/"
                                        + preview.get("token").asString() + "/apply"),
                                Map.of("mode", "ALL_OR_NOTHING")),
                        COMMUNE,
                        status().isOk());
        assertThat(applied.get("applied").get("written").asInt()).isEqualTo(1);

        editedReturnedValueIsADraftKeepingItsReason(unit, "15.4", "55", reason);
    }

    @Test
    void a_locked_value_is_refused_alike_by_a_single_save_and_by_a_sheet_and_stays_as_it_was() throws Exception {
        long unit = kheTre();
        JsonNode returned = returned(unit, "15.3", "Thiếu biên bản");
        JsonNode line = line(unit, "15.3");
        JsonNode submitted = review(
                "submit", returned.get("id").asLong(), line.get("version").asInt(), null, COMMUNE);
        review("verify", submitted.get("id").asLong(), submitted.get("version").asInt(), null, AGENCY);
        // a recognition case locks a verified value; no screen does it yet
        jdbc.sql("update assessment_value set state = 'LOCKED', version = version + 1 where id = ?")
                .param(returned.get("id").asLong())
                .update();
        String locked = "Giá trị này đã bị khóa (hồ sơ xét công nhận đang dùng): không thể thay đổi.";

        Map<String, Object> body = new HashMap<>();
        body.put("value", "70");
        body.put("version", line(unit, "15.3").get("version").asInt());
        JsonNode single =
                new Api(mvc).call(Api.json(put(valueUrl(unit, "15.3")), body), COMMUNE, status().isConflict());
        assertThat(single.get("detail").asString()).isEqualTo(locked);

        XSSFWorkbook workbook = Workbooks.open(template(unit));
        Workbooks.cell(workbook.getSheet("Giá trị"), unit, "15.3").setCellValue(70);
        JsonNode preview = upload(workbook);
        assertThat(preview.get("errorCount").asInt()).isEqualTo(1);
        assertThat(preview.get("errors").get(0).get("message").asString()).isEqualTo(locked);
        assertThat(stored(unit, "15.3"))
                .isEqualTo(Map.of("state", "LOCKED", "reason", "-", "reviewer", AGENCY, "number", "50"));
    }

    byte[] template(long unit) throws Exception {
        return mvc.perform(get(base() + "/template")
                        .param("unit", String.valueOf(unit))
                        .with(httpBasic(COMMUNE, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    JsonNode upload(XSSFWorkbook workbook) throws Exception {
        return new Api(mvc)
                .call(
                        multipart(base() + "/uploads")
                                .file(new MockMultipartFile(
                                        "file", "khe-tre.xlsx", Downloads.XLSX, Workbooks.bytes(workbook))),
                        COMMUNE,
                        status().isOk());
    }

    /** The same expectation for both ways of editing, then the rest of the value's life. */
    void editedReturnedValueIsADraftKeepingItsReason(long unit, String code, String number, String reason)
            throws Exception {
        assertThat(stored(unit, code))
                .isEqualTo(Map.of("state", "DRAFT", "reason", reason, "reviewer", "-", "number", number));
        JsonNode line = line(unit, code);
        assertThat(line.get("state").asString()).isEqualTo("DRAFT");
        assertThat(line.get("returnReason").asString())
                .as("the commune still reads what it is fixing")
                .isEqualTo(reason);

        JsonNode submitted = review(
                "submit", line.get("valueId").asLong(), line.get("version").asInt(), null, COMMUNE);
        assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(new Api(mvc).page("/agency/" + SET + "/2025", AGENCY, "vi"))
                .as("the agency re-checking sees what it asked for")
                .contains(reason);

        JsonNode verified = review(
                "verify", submitted.get("id").asLong(), submitted.get("version").asInt(), null, AGENCY);
        assertThat(verified.get("state").asString()).isEqualTo("VERIFIED");
        assertThat(stored(unit, code))
                .isEqualTo(Map.of("state", "VERIFIED", "reason", "-", "reviewer", AGENCY, "number", number));
    }

    /** The indicator's value entered, submitted and returned by Sở Y tế with the reason; the value as returned. */
    JsonNode returned(long unit, String code, String reason) throws Exception {
        JsonNode line = line(unit, code);
        Map<String, Object> body = new HashMap<>();
        body.put("value", "50");
        if (line.has("version")) {
            body.put("version", line.get("version").asInt());
        }
        JsonNode saved = new Api(mvc)
                .call(Api.json(put(valueUrl(unit, code)), body), COMMUNE, status().isOk())
                .get("value");
        JsonNode submitted =
                review("submit", saved.get("id").asLong(), saved.get("version").asInt(), null, COMMUNE);
        JsonNode returned = review(
                "return", saved.get("id").asLong(), submitted.get("version").asInt(), reason, AGENCY);
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReason").asString()).isEqualTo(reason);
        assertThat(returned.get("reviewedBy").asString()).isEqualTo(AGENCY);
        return returned;
    }

    JsonNode review(String action, long valueId, int version, String reason, String user) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        if (reason != null) {
            body.put("reason", reason);
        }
        return new Api(mvc)
                .call(
                        Api.json(post("/api/v1/assessment-values/" + valueId + "/" + action), body),
                        user,
                        status().isOk());
    }

    JsonNode line(long unit, String code) throws Exception {
        JsonNode standing =
                new Api(mvc).call(get("/api/v1/assessments/" + unit + "/" + SET + "/2025"), "admin", status().isOk());
        for (JsonNode criterion : standing.get("criteria")) {
            for (JsonNode indicator : criterion.get("indicators")) {
                if (indicator.get("code").asString().equals(code)) {
                    return indicator;
                }
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    /** What the table holds for the value: state, return reason, reviewer and number ("-" for none). */
    Map<String, String> stored(long unit, String code) {
        return jdbc.sql("""
                        select v.state, coalesce(v.return_reason, '-'), coalesce(v.reviewed_by, '-'),
                            v.numeric_value::text
                        from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2025""")
                .params(unit, code)
                .query((rs, n) -> Map.of(
                        "state",
                        rs.getString(1),
                        "reason",
                        rs.getString(2),
                        "reviewer",
                        rs.getString(3),
                        "number",
                        new BigDecimal(rs.getString(4)).stripTrailingZeros().toPlainString()))
                .single();
    }

    long kheTre() throws Exception {
        return new Api(mvc).unitId("20161", "2025-12-31");
    }

    static String base() {
        return "/api/v1/exchange/" + SET + "/2025";
    }

    static String valueUrl(long unit, String code) {
        return "/api/v1/assessments/" + unit + "/" + SET + "/2025/values/" + code;
    }
}
