package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.VietnameseDates;

/**
 * A stale template never overwrites silently (issue 10): the officer of Khe Tre downloads the template, then the
 * commune leader changes 15.3 from 50 to 77; the officer edits only 15.4 in the older file and uploads it. The
 * preview lists 15.3 as a conflict (stored 77 by the leader, when; 50 in the file), apply keeps 77 and writes 15.4;
 * ticking the conflict writes the file's value instead.
 */
@NtmTest
@TestPropertySource(properties = {"ntm.embedded-db.database=stale_sheet", "ntm.exchange.directory=target/stale-sheet"})
class StaleSheetTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String BASE = "/api/v1/exchange/" + SET + "/2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_leaders_77_for_15_3_survives_the_officers_older_sheet_edited_only_in_15_4_and_shows_as_a_conflict()
            throws Exception {
        long kheTre = new Api(mvc).unitId(DemoPlaces.KHE_TRE);
        save("xa.khetre", kheTre, "15.3", "50");
        save("xa.khetre", kheTre, "15.4", "20");
        XSSFWorkbook older = Workbooks.open(template("xa.khetre", kheTre));

        save("lanhdao.khetre", kheTre, "15.3", "77");
        Workbooks.cell(older.getSheet("Giá trị"), kheTre, "15.4").setCellValue(55);
        int column153 = Workbooks.column(older.getSheet("Giá trị"), "15.3");
        JsonNode preview = upload("xa.khetre", Workbooks.bytes(older));

        assertThat(preview.get("changeCount").asInt())
                .as("only 15.4 is a plain change")
                .isEqualTo(1);
        assertThat(preview.get("changes").get(0).get("indicator").asString()).isEqualTo("15.4");
        assertThat(preview.get("conflictCount").asInt()).isEqualTo(1);
        JsonNode conflict = preview.get("conflicts").get(0);
        assertThat(conflict.get("indicator").asString()).isEqualTo("15.3");
        assertThat(conflict.get("theirs").asString()).isEqualTo("77");
        assertThat(conflict.get("yours").asString()).isEqualTo("50");
        assertThat(conflict.get("changedBy").asString()).isEqualTo("lanhdao.khetre");
        assertThat(conflict.get("changedAt").asString())
                .isEqualTo(VietnameseDates.format(enteredAt(kheTre, "15.3")))
                .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(conflict.get("cell").asString()).isEqualTo(Workbooks.columnName(column153) + "3");

        String page = new String(
                mvc.perform(get("/exchange/previews/" + preview.get("token").asString())
                                .header("Accept-Language", "vi")
                                .with(httpBasic("xa.khetre", DemoUsers.PASSWORD)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "Ô xung đột: 1",
                        "Đang lưu (của người khác)",
                        "lanhdao.khetre, lúc " + conflict.get("changedAt").asString(),
                        "Ghi đè bằng 50",
                        "name=\"overwrite\"");

        JsonNode applied = apply("xa.khetre", preview.get("token").asString(), List.of());
        assertThat(applied.get("applied").get("kept").asInt()).isEqualTo(1);
        assertThat(applied.get("applied").get("overwritten").asInt()).isZero();
        assertThat(stored(kheTre, "15.3")).as("the leader's value stays").isEqualTo("77");
        assertThat(stored(kheTre, "15.4")).as("the officer's edit is written").isEqualTo("55");
        assertThat(enteredBy(kheTre, "15.3")).isEqualTo("lanhdao.khetre");
    }

    @Test
    void a_conflict_the_officer_ticks_is_overwritten_with_the_files_value_and_only_that_one() throws Exception {
        long kheTre = new Api(mvc).unitId(DemoPlaces.KHE_TRE);
        save("xa.khetre", kheTre, "17.1", "60");
        save("xa.khetre", kheTre, "17.2", "60");
        XSSFWorkbook older = Workbooks.open(template("xa.khetre", kheTre));
        save("lanhdao.khetre", kheTre, "17.1", "70");
        save("lanhdao.khetre", kheTre, "17.2", "70");
        Workbooks.cell(older.getSheet("Giá trị"), kheTre, "17.1").setCellValue(65);
        Workbooks.cell(older.getSheet("Giá trị"), kheTre, "17.2").setCellValue(66);
        JsonNode preview = upload("xa.khetre", Workbooks.bytes(older));
        assertThat(preview.get("conflictCount").asInt()).isEqualTo(2);
        String cell171 = null;
        for (JsonNode c : preview.get("conflicts")) {
            if (c.get("indicator").asString().equals("17.1")) {
                cell171 = c.get("cell").asString();
            }
        }
        assertThat(cell171).isNotNull();

        JsonNode applied = apply("xa.khetre", preview.get("token").asString(), List.of(cell171));
        assertThat(applied.get("applied").get("overwritten").asInt()).isEqualTo(1);
        assertThat(applied.get("applied").get("kept").asInt()).isEqualTo(1);
        assertThat(stored(kheTre, "17.1")).as("ticked: the file's value").isEqualTo("65");
        assertThat(stored(kheTre, "17.2")).as("not ticked: the leader's value").isEqualTo("70");
    }

    private void save(String user, long unit, String code, String value) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("value", value));
        Integer version =
                jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2025""").params(unit, code).query(Integer.class).optional().orElse(null);
        if (version != null) {
            body.put("version", version);
        }
        new Api(mvc)
                .call(
                        Api.json(put("/api/v1/assessments/" + unit + "/" + SET + "/2025/values/" + code), body),
                        user,
                        status().isOk());
    }

    private byte[] template(String user, long unit) throws Exception {
        return mvc.perform(get(BASE + "/template")
                        .param("unit", String.valueOf(unit))
                        .with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private JsonNode upload(String user, byte[] file) throws Exception {
        return new Api(mvc)
                .call(
                        multipart(BASE + "/uploads")
                                .file(new MockMultipartFile("file", "khe-tre.xlsx", Downloads.XLSX, file)),
                        user,
                        status().isOk());
    }

    private JsonNode apply(String user, String token, List<String> overwrite) throws Exception {
        return new Api(mvc)
                .call(
                        Api.json(
                                post("/api/v1/exchange/uploads/" + token + "/apply"),
                                Map.of("mode", "VALID_ROWS", "overwrite", overwrite)),
                        user,
                        status().isOk());
    }

    private String stored(long unit, String code) {
        return jdbc.sql("""
                        select v.numeric_value from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2025""")
                .params(unit, code)
                .query(BigDecimal.class)
                .single()
                .stripTrailingZeros()
                .toPlainString();
    }

    private String enteredBy(long unit, String code) {
        return jdbc.sql("""
                        select v.entered_by from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2025""").params(unit, code).query(String.class).single();
    }

    private OffsetDateTime enteredAt(long unit, String code) {
        return jdbc.sql("""
                        select v.entered_at from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2025""").params(unit, code).query(OffsetDateTime.class).single();
    }
}
