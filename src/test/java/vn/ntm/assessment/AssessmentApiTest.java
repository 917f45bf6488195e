package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.testing.Api;
import vn.ntm.testing.NtmTest;

/**
 * Assessment values through the API on the demo data: bad input refused with a specific Vietnamese message and
 * nothing stored, concurrent edits, scopes, the verification flow and its audit trail, re-judging at write time
 * when a unit attribute or an overlay changes, and changes after entry closed.
 */
@NtmTest
@TestPropertySource(properties = {"ntm.embedded-db.database=assessment_api_test", "ntm.evidence.max-bytes=4096"})
class AssessmentApiTest {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assessments assessments;

    @Autowired
    SystemActor system;

    // --- helpers -----------------------------------------------------------------------------------------------

    JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        return new Api(mvc).call(request, user, expected);
    }

    long unit(String code, String date) throws Exception {
        var request = get("/api/v1/units/code/" + code);
        if (date != null) {
            request.param("date", date);
        }
        return call(request, "admin", status().isOk()).get("id").asLong();
    }

    long kheTre() throws Exception {
        return unit("20161", null);
    }

    long thuongLo() throws Exception {
        return unit("20185", "2024-12-31");
    }

    long taLeng() throws Exception {
        return unit("03405", null);
    }

    static String valueUrl(long unit, String set, int year, String indicator) {
        return "/api/v1/assessments/" + unit + "/" + set + "/" + year + "/values/" + indicator;
    }

    JsonNode write(String user, long unit, int year, String indicator, Map<String, ?> body, ResultMatcher expected)
            throws Exception {
        return call(Api.json(put(valueUrl(unit, SET, year, indicator)), body), user, expected);
    }

    JsonNode write(String user, long unit, int year, String indicator, String value) throws Exception {
        JsonNode current = line(unit, year, indicator);
        Map<String, Object> body = new HashMap<>();
        body.put("value", value);
        if (current.has("version")) {
            body.put("version", current.get("version").asInt());
        }
        return write(user, unit, year, indicator, body, status().isOk());
    }

    JsonNode standing(long unit, int year, String user) throws Exception {
        return call(get("/api/v1/assessments/" + unit + "/" + SET + "/" + year), user, status().isOk());
    }

    /** The standing's line of one indicator, as an administrator sees it. */
    JsonNode line(long unit, int year, String code) throws Exception {
        for (JsonNode criterion : standing(unit, year, "admin").get("criteria")) {
            for (JsonNode indicator : criterion.get("indicators")) {
                if (indicator.get("code").asString().equals(code)) {
                    return indicator;
                }
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    JsonNode review(String action, long valueId, int version, String reason, String user, ResultMatcher expected)
            throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        if (reason != null) {
            body.put("reason", reason);
        }
        return call(Api.json(post("/api/v1/assessment-values/" + valueId + "/" + action), body), user, expected);
    }

    /** Everything a refused request could have written: values (with their content), evidence, requests, audit. */
    record Stored(long values, String valueDigest, long evidence, long requests, long audit, long results) {}

    Stored stored() {
        return jdbc.sql("""
                        select (select count(*) from assessment_value),
                               (select coalesce(md5(string_agg(id || ':' || coalesce(numeric_value::text, '') || ':'
                                   || coalesce(met::text, '') || ':' || not_evaluated || ':' || state || ':' || version,
                                   ',' order by id)), '') from assessment_value),
                               (select count(*) from evidence),
                               (select count(*) from value_change_request),
                               (select count(*) from audit_log),
                               (select count(*) from indicator_result)""")
                .query((rs, n) -> new Stored(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .single();
    }

    Map<String, Object> storedUnitResult(long unit, int year) {
        return jdbc.sql("""
                        select r.met_count, r.criteria_count, r.verdict, r.effective_key, r.key_reason,
                               r.not_configured_indicators, r.overlay_id
                        from unit_result r join criteria_set s on s.id = r.set_id
                        where r.unit_id = ? and s.code = ? and r.year = ?""").params(unit, SET, year).query().singleRow();
    }

    Map<String, Object> storedIndicatorResult(long unit, int year, String code) {
        return jdbc.sql("""
                        select r.status, r.threshold_id, r.threshold_value, r.numeric_value, r.value_verified
                        from indicator_result r join indicator i on i.id = r.indicator_id
                        join criteria_set s on s.id = r.set_id
                        where r.unit_id = ? and s.code = ? and r.year = ? and i.code = ?""").params(unit, SET, year, code).query().singleRow();
    }

    String storedCriterionStatus(long unit, int year, int number) {
        return jdbc.sql("""
                        select r.status from criterion_result r join criteria_set s on s.id = r.set_id
                        where r.unit_id = ? and s.code = ? and r.year = ? and r.criterion_number = ?""").params(unit, SET, year, number).query(String.class).single();
    }

    static List<String> codes(JsonNode lines) {
        List<String> codes = new ArrayList<>();
        lines.forEach(l -> codes.add(l.get("code").asString()));
        return codes;
    }

    // --- bad input: a specific message each, and nothing stored -----------------------------------------------

    void refusedPut(
            String user,
            long unit,
            String set,
            int year,
            String indicator,
            Map<String, ?> body,
            ResultMatcher status,
            String field,
            String detail)
            throws Exception {
        Stored before = stored();
        JsonNode answer = call(Api.json(put(valueUrl(unit, set, year, indicator)), body), user, problem(status));
        assertProblem(answer, field, detail);
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void an_unknown_set_is_refused_by_name() throws Exception {
        refusedPut(
                "xa.khetre",
                kheTre(),
                "NTM-XA-1999",
                2025,
                "15.1",
                Map.of("value", "95"),
                status().isNotFound(),
                "set",
                "Không có bộ tiêu chí \"NTM-XA-1999\".");
    }

    @Test
    void an_unknown_indicator_code_is_refused_naming_the_set() throws Exception {
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2025,
                "99.9",
                Map.of("value", "95"),
                status().isBadRequest(),
                "indicator",
                "Bộ tiêu chí NTM-XA-2021-2025 không có chỉ tiêu mã \"99.9\".");
    }

    @Test
    void a_percentage_above_100_is_refused() throws Exception {
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2025,
                "15.1",
                Map.of("value", "100,5"),
                status().isBadRequest(),
                "value",
                "Giá trị 100,5 của chỉ tiêu 15.1 vượt quá mức tối đa 100 %.");
    }

    @Test
    void a_negative_amount_is_refused() throws Exception {
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2025,
                "17.4",
                Map.of("value", "-3"),
                status().isBadRequest(),
                "value",
                "Giá trị -3 của chỉ tiêu 17.4 nhỏ hơn mức tối thiểu 0 m²/người (không được âm).");
    }

    @Test
    void text_that_is_not_a_number_is_refused_for_a_measured_indicator() throws Exception {
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2025,
                "15.1",
                Map.of("value", "20.5.3"),
                status().isBadRequest(),
                "value",
                "Giá trị \"20.5.3\" của chỉ tiêu 15.1 không phải là số (ví dụ 20,5 hoặc 20.5).");
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2025,
                "15.1",
                Map.of("value", "abc"),
                status().isBadRequest(),
                "value",
                "Giá trị \"abc\" của chỉ tiêu 15.1 không phải là số (ví dụ 20,5 hoặc 20.5).");
    }

    @Test
    void an_empty_value_is_refused_and_points_to_not_evaluated() throws Exception {
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2025,
                "15.1",
                Map.of("value", ""),
                status().isBadRequest(),
                "value",
                "Chưa nhập giá trị cho chỉ tiêu 15.1. Nếu chỉ tiêu không áp dụng, chọn \"Không đánh giá\" và ghi lý do.");
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2025,
                "15.1",
                Map.of("notEvaluated", true),
                status().isBadRequest(),
                "reason",
                "Chỉ tiêu 15.1 được ghi \"Không đánh giá\": hãy ghi rõ lý do.");
    }

    @Test
    void a_number_for_a_qualitative_indicator_and_dat_for_a_measured_one_are_refused() throws Exception {
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2025,
                "15.2",
                Map.of("value", "95"),
                status().isBadRequest(),
                "value",
                "Chỉ tiêu 15.2 là chỉ tiêu định tính: hãy chọn \"Đạt\" hoặc \"Không đạt\", không nhập số \"95\".");
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2025,
                "15.1",
                Map.of("value", "Đạt"),
                status().isBadRequest(),
                "value",
                "Chỉ tiêu 15.1 là chỉ tiêu định lượng: hãy nhập số (%), không nhập \"Đạt\".");
    }

    @Test
    void a_year_outside_the_period_of_the_set_is_refused() throws Exception {
        refusedPut(
                "admin",
                thuongLo(),
                SET,
                2019,
                "15.1",
                Map.of("value", "95"),
                status().isBadRequest(),
                "year",
                "Năm 2019 nằm ngoài giai đoạn của bộ tiêu chí NTM-XA-2021-2025 (2021 - 2025).");
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2026,
                "15.1",
                Map.of("value", "95"),
                status().isBadRequest(),
                "year",
                "Năm 2026 nằm ngoài giai đoạn của bộ tiêu chí NTM-XA-2021-2025 (2021 - 2025).");
    }

    @Test
    void an_english_speaking_client_gets_the_same_refusals_in_english_with_plain_years() throws Exception {
        long kheTre = kheTre();
        Stored before = stored();
        JsonNode year = call(
                Api.json(put(valueUrl(kheTre, SET, 2026, "15.1")), Map.of("value", "95"))
                        .header("Accept-Language", "en"),
                "xa.khetre",
                problem(status().isBadRequest()));
        assertProblem(year, "year", "Year 2026 is outside the period of criteria set NTM-XA-2021-2025 (2021 - 2025).");
        JsonNode notValid = call(
                Api.json(put(valueUrl(kheTre, SET, 2024, "15.1")), Map.of("value", "95"))
                        .header("Accept-Language", "en"),
                "xa.khetre",
                problem(status().isBadRequest()));
        assertThat(notValid.get("detail").asString())
                .startsWith("Unit Xã Khe Tre (code 20161) was not in force in 2024: it has been in force since ");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void each_year_is_judged_with_the_overlay_of_the_province_of_its_time() throws Exception {
        JsonNode thuongLo2024 = standing(thuongLo(), 2024, "admin");
        assertThat(thuongLo2024.get("overlayDecision").asString()).isEqualTo("DEMO-TTH/2022 (dữ liệu mẫu)");
        assertThat(thuongLo2024.get("referenceDate").asString()).isEqualTo("2024-12-31");
        JsonNode kheTre2025 = standing(kheTre(), 2025, "admin");
        assertThat(kheTre2025.get("overlayDecision").asString()).isEqualTo("DEMO-HUE/2025 (dữ liệu mẫu)");
        assertThat(kheTre2025.get("referenceDate").asString()).isEqualTo("2025-12-31");
        assertThat(kheTre2025.get("keyReason").asString())
                .as("Khe Tre has no region recorded in the demo data")
                .isEqualTo("ATTRIBUTE_MISSING");
    }

    @Test
    void khe_tre_did_not_exist_in_2024_so_a_2024_value_is_refused() throws Exception {
        refusedPut(
                "xa.khetre",
                kheTre(),
                SET,
                2024,
                "15.1",
                Map.of("value", "95"),
                status().isBadRequest(),
                "year",
                "Đơn vị Xã Khe Tre (mã 20161) không có hiệu lực trong năm 2024: đơn vị có hiệu lực từ 01/07/2025 "
                        + "đến nay.");
        assertThat(standing(thuongLo(), 2025, "admin").get("referenceDate").asString())
                .as("Thượng Lộ existed until 30/6/2025, so 2025 is judged as of that day")
                .isEqualTo("2025-06-30");
    }

    @Test
    void a_locked_value_refuses_any_change_and_any_evidence() throws Exception {
        long kheTre = kheTre();
        write("xa.khetre", kheTre, 2025, "15.2", "Đạt");
        JsonNode draft = line(kheTre, 2025, "15.2");
        JsonNode submitted = review(
                "submit",
                draft.get("valueId").asLong(),
                draft.get("version").asInt(),
                null,
                "xa.khetre",
                status().isOk());
        JsonNode verified = review(
                "verify",
                submitted.get("id").asLong(),
                submitted.get("version").asInt(),
                null,
                "so.yte.hue",
                status().isOk());
        long id = verified.get("id").asLong();
        system.run("admin", () -> assessments.lock(id, verified.get("version").asInt(), "Hồ sơ xét công nhận 2025"));
        JsonNode locked = line(kheTre, 2025, "15.2");
        assertThat(locked.get("state").asString()).isEqualTo("LOCKED");

        refusedPut(
                "xa.khetre",
                kheTre,
                SET,
                2025,
                "15.2",
                Map.of("value", "Không đạt", "version", locked.get("version").asInt()),
                status().isConflict(),
                "value",
                "Giá trị này đã bị khóa (hồ sơ xét công nhận đang dùng): không thể thay đổi.");
        Stored before = stored();
        JsonNode evidence = call(
                multipart("/api/v1/assessment-values/" + id + "/evidence")
                        .file(new MockMultipartFile(
                                "file",
                                "bienban.pdf",
                                "application/pdf",
                                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8))),
                "xa.khetre",
                problem(status().isConflict()));
        assertProblem(evidence, "value", "Giá trị này đã bị khóa (hồ sơ xét công nhận đang dùng): không thể thay đổi.");
        JsonNode resubmit = review(
                "return", id, locked.get("version").asInt(), "Sai", "so.yte.hue", problem(status().isConflict()));
        assertProblem(resubmit, "state", "Không thể chuyển giá trị từ trạng thái LOCKED sang RETURNED.");
        assertThat(stored()).isEqualTo(before);
        assertThat(line(kheTre, 2025, "15.2").get("met").asBoolean()).isTrue();
    }

    @Test
    void a_body_that_does_not_own_the_criterion_cannot_verify_or_return_its_values() throws Exception {
        long kheTre = kheTre();
        write("xa.khetre", kheTre, 2025, "13.1", "Đạt");
        JsonNode draft = line(kheTre, 2025, "13.1");
        JsonNode submitted = review(
                "submit",
                draft.get("valueId").asLong(),
                draft.get("version").asInt(),
                null,
                "xa.khetre",
                status().isOk());
        long id = submitted.get("id").asLong();
        int version = submitted.get("version").asInt();
        Stored before = stored();
        String notOwner = "Tiêu chí 13 do Sở Nông nghiệp và Môi trường phụ trách: chỉ cán bộ của cơ quan "
                + "đó được thẩm định, xác nhận hoặc trả lại.";
        assertProblem(
                review("verify", id, version, null, "so.yte.hue", problem(status().isForbidden())), null, notOwner);
        assertProblem(
                review("return", id, version, "Không rõ", "so.yte.hue", problem(status().isForbidden())),
                null,
                notOwner);
        assertProblem(
                review("verify", id, version, null, "xa.khetre", problem(status().isForbidden())), null, notOwner);
        assertThat(stored()).isEqualTo(before);
        assertThat(line(kheTre, 2025, "13.1").get("state").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void evidence_too_large_of_a_forbidden_type_or_mislabelled_is_refused_and_a_real_pdf_is_kept() throws Exception {
        long kheTre = kheTre();
        write("xa.khetre", kheTre, 2025, "17.2", "75");
        long id = line(kheTre, 2025, "17.2").get("valueId").asLong();
        String url = "/api/v1/assessment-values/" + id + "/evidence";
        byte[] big = new byte[5000];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        Stored before = stored();
        assertProblem(
                call(
                        multipart(url).file(new MockMultipartFile("file", "bien-ban-lon.pdf", "application/pdf", big)),
                        "xa.khetre",
                        problem(status().isBadRequest())),
                "file",
                "Tệp minh chứng \"bien-ban-lon.pdf\" dung lượng 5.000 byte, vượt quá mức cho phép 4.096 byte.");
        assertProblem(
                call(
                        multipart(url)
                                .file(new MockMultipartFile(
                                        "file", "cong-cu.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0
                                        })),
                        "xa.khetre",
                        problem(status().isBadRequest())),
                "file",
                "Tệp \"cong-cu.exe\" không được chấp nhận làm minh chứng. "
                        + "Loại tệp được phép: pdf, jpg, jpeg, png, docx, xlsx, doc, xls, odt, ods.");
        assertProblem(
                call(
                        multipart(url)
                                .file(new MockMultipartFile(
                                        "file", "bien-ban.pdf", "application/pdf", new byte[] {'M', 'Z', 1, 2, 3})),
                        "xa.khetre",
                        problem(status().isBadRequest())),
                "file",
                "Nội dung tệp \"bien-ban.pdf\" không đúng với đuôi tệp (ví dụ tệp .pdf nhưng không phải PDF).");
        assertThat(stored()).isEqualTo(before);
        assertThat(call(get(url), "xa.khetre", status().isOk())).isEmpty();

        byte[] pdf = "%PDF-1.4\nbiên bản kiểm tra\n%%EOF".getBytes(StandardCharsets.UTF_8);
        JsonNode kept = call(
                multipart(url).file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", pdf)),
                "xa.khetre",
                status().isOk());
        assertThat(kept.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(kept.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(kept.get("uploadedBy").asString()).isEqualTo("xa.khetre");
        byte[] downloaded = mvc.perform(get("/api/v1/evidence/" + kept.get("id").asLong())
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic("so.yte.hue", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(line(kheTre, 2025, "17.2").get("evidenceCount").asInt()).isEqualTo(1);
        assertProblem(
                call(get("/api/v1/evidence/" + kept.get("id").asLong()), "xa.talen", problem(status().isForbidden())),
                null,
                "Dữ liệu này thuộc đơn vị ngoài phạm vi của bạn.");
        assertProblem(
                call(
                        multipart(url).file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", pdf)),
                        "xa.talen",
                        problem(status().isForbidden())),
                null,
                "Bạn không được thay đổi dữ liệu của đơn vị ngoài phạm vi của mình.");
    }

    // --- concurrent edits --------------------------------------------------------------------------------------

    @Test
    void of_two_edits_from_the_same_version_the_second_is_refused_naming_who_changed_the_value() throws Exception {
        long kheTre = kheTre();
        write("xa.khetre", kheTre, 2025, "17.1", "80");
        int version = line(kheTre, 2025, "17.1").get("version").asInt();
        write("xa.khetre", kheTre, 2025, "17.1", Map.of("value", "81", "version", version), status().isOk());
        Stored before = stored();
        JsonNode refused = write(
                "lanhdao.khetre",
                kheTre,
                2025,
                "17.1",
                Map.of("value", "82", "version", version),
                problem(status().isConflict()));
        assertThat(refused.get("field").asString()).isEqualTo("version");
        assertThat(refused.get("detail").asString())
                .startsWith("Bản ghi đã được xa.khetre sửa ngày ")
                .contains("(phiên bản của bạn " + version + ", hiện tại " + (version + 1) + ")")
                .endsWith("Thay đổi của bạn chưa được lưu: hãy tải lại rồi sửa lại.");
        assertThat(stored()).isEqualTo(before);
        assertThat(line(kheTre, 2025, "17.1").get("value").decimalValue()).isEqualByComparingTo("81");
        JsonNode withoutVersion =
                write("lanhdao.khetre", kheTre, 2025, "17.1", Map.of("value", "82"), problem(status().isBadRequest()));
        assertProblem(
                withoutVersion, "version", "Thiếu phiên bản (version) của bản ghi: hãy tải lại bản ghi trước khi sửa.");
        write("lanhdao.khetre", kheTre, 2025, "17.1", Map.of("value", "82", "version", version + 1), status().isOk());
        assertThat(line(kheTre, 2025, "17.1").get("value").decimalValue()).isEqualByComparingTo("82");
    }

    // --- scope -------------------------------------------------------------------------------------------------

    @Test
    void a_commune_officer_of_ta_leng_can_neither_read_nor_write_thuong_lo_or_khe_tre() throws Exception {
        long thuongLo = thuongLo();
        long kheTre = kheTre();
        String outOfScope = "Dữ liệu này thuộc đơn vị ngoài phạm vi của bạn.";
        for (String url : List.of(
                "/api/v1/assessments/" + thuongLo + "/" + SET + "/2024",
                "/api/v1/assessments/" + thuongLo + "/" + SET + "/2024/values",
                "/api/v1/assessments/" + kheTre + "/" + SET + "/2025",
                "/api/v1/assessments/" + kheTre + "/" + SET + "/2025/values",
                "/api/v1/assessments/" + kheTre + "/" + SET + "/predecessors")) {
            assertProblem(call(get(url), "xa.talen", problem(status().isForbidden())), null, outOfScope);
        }
        refusedPut(
                "xa.talen",
                thuongLo,
                SET,
                2024,
                "15.4",
                Map.of("value", "60", "version", 1),
                status().isForbidden(),
                null,
                outOfScope);
        refusedPut(
                "xa.talen", kheTre, SET, 2025, "15.1", Map.of("value", "90"), status().isForbidden(), null, outOfScope);
        long valueId = line(thuongLo, 2024, "15.4").get("valueId").asLong();
        assertProblem(
                call(
                        get("/api/v1/assessment-values/" + valueId + "/audit"),
                        "xa.talen",
                        problem(status().isForbidden())),
                null,
                outOfScope);
        assertProblem(
                call(
                        Api.json(post("/api/v1/assessments/" + thuongLo + "/" + SET + "/2024/submit"), Map.of()),
                        "xa.talen",
                        problem(status().isForbidden())),
                null,
                outOfScope);

        long taLeng = taLeng();
        JsonNode own = write("xa.talen", taLeng, 2025, "15.1", "90");
        assertThat(own.get("value").get("number").decimalValue()).isEqualByComparingTo("90");
    }

    @Test
    void khe_tre_reads_but_cannot_change_its_predecessor_thuong_lo() throws Exception {
        long thuongLo = thuongLo();
        assertThat(standing(thuongLo, 2024, "xa.khetre").get("summary").asString())
                .startsWith("đạt ");
        refusedPut(
                "xa.khetre",
                thuongLo,
                SET,
                2024,
                "15.4",
                Map.of("value", "60", "version", 1),
                status().isForbidden(),
                null,
                "Bạn chỉ được xem, không được thay đổi dữ liệu này (dữ liệu của đơn vị "
                        + "trước sắp xếp hoặc tài khoản chỉ xem).");
    }

    @Test
    void a_viewer_reads_the_units_of_the_province_but_cannot_write() throws Exception {
        long taLeng = taLeng();
        assertThat(standing(taLeng, 2025, "xem.laichau").get("unitCode").asString())
                .isEqualTo("03405");
        refusedPut(
                "xem.laichau",
                taLeng,
                SET,
                2025,
                "15.3",
                Map.of("value", "12"),
                status().isForbidden(),
                null,
                "Bạn chỉ được xem, không được thay đổi dữ liệu này (dữ liệu của đơn vị trước sắp xếp hoặc tài khoản "
                        + "chỉ xem).");
        Stored before = stored();
        assertProblem(
                call(
                        Api.json(post("/api/v1/assessments/" + taLeng + "/" + SET + "/2025/submit"), Map.of()),
                        "xem.laichau",
                        problem(status().isForbidden())),
                null,
                "Bạn chỉ được xem, không được thay đổi dữ liệu "
                        + "này (dữ liệu của đơn vị trước sắp xếp hoặc tài khoản chỉ xem).");
        assertThat(stored()).isEqualTo(before);
    }

    // --- verification flow and audit trail ---------------------------------------------------------------------

    @Test
    void khe_tre_enters_and_submits_the_health_department_verifies_one_value_and_returns_the_other_with_a_reason()
            throws Exception {
        long kheTre = kheTre();
        write("xa.khetre", kheTre, 2025, "15.1", "92,5");
        write("xa.khetre", kheTre, 2025, "15.4", "35");
        JsonNode submitted = call(
                Api.json(post("/api/v1/assessments/" + kheTre + "/" + SET + "/2025/submit"), Map.of()),
                "xa.khetre",
                status().isOk());
        assertThat(submitted.get("submitted").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode insurance = line(kheTre, 2025, "15.1");
        JsonNode ehealth = line(kheTre, 2025, "15.4");
        assertThat(insurance.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(ehealth.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(insurance.get("value").decimalValue()).isEqualByComparingTo("92.5");

        JsonNode verified = review(
                "verify",
                insurance.get("valueId").asLong(),
                insurance.get("version").asInt(),
                null,
                "so.yte.hue",
                status().isOk());
        assertThat(verified.get("state").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("reviewedBy").asString()).isEqualTo("so.yte.hue");
        assertThat(storedIndicatorResult(kheTre, 2025, "15.1")).containsEntry("value_verified", true);

        String reason = "Thiếu danh sách người dân có sổ khám chữa bệnh điện tử kèm theo";
        long ehealthId = ehealth.get("valueId").asLong();
        JsonNode noReason = review(
                "return",
                ehealthId,
                ehealth.get("version").asInt(),
                " ",
                "so.yte.hue",
                problem(status().isBadRequest()));
        assertProblem(noReason, "reason", "Hãy ghi lý do trả lại để xã biết cần sửa gì.");
        JsonNode returned =
                review("return", ehealthId, ehealth.get("version").asInt(), reason, "so.yte.hue", status().isOk());
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");

        JsonNode seenByCommune = null;
        for (JsonNode criterion : standing(kheTre, 2025, "xa.khetre").get("criteria")) {
            for (JsonNode indicator : criterion.get("indicators")) {
                if (indicator.get("code").asString().equals("15.4")) {
                    seenByCommune = indicator;
                }
            }
        }
        assertThat(seenByCommune).isNotNull();
        assertThat(seenByCommune.get("state").asString()).isEqualTo("RETURNED");
        assertThat(seenByCommune.get("returnReason").asString()).isEqualTo(reason);

        JsonNode edited = write(
                "xa.khetre",
                kheTre,
                2025,
                "15.4",
                Map.of("value", "40", "version", returned.get("version").asInt(), "note", "Đã bổ sung danh sách"),
                status().isOk());
        assertThat(edited.get("value").get("state").asString()).isEqualTo("DRAFT");
        JsonNode resubmitted = review(
                "submit", ehealthId, edited.get("value").get("version").asInt(), null, "xa.khetre", status().isOk());
        assertThat(resubmitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.get("number").decimalValue()).isEqualByComparingTo("40");

        JsonNode trail = call(get("/api/v1/assessment-values/" + ehealthId + "/audit"), "xa.khetre", status().isOk());
        List<String> steps = new ArrayList<>();
        trail.forEach(e -> {
            String step = e.get("action").asString() + " " + e.get("actor").asString();
            if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step)) {
                steps.add(step);
            }
        });
        assertThat(steps)
                .containsExactly(
                        "CREATE xa.khetre",
                        "SUBMITTED xa.khetre",
                        "RETURNED so.yte.hue",
                        "UPDATE xa.khetre",
                        "SUBMITTED xa.khetre");
        JsonNode returnEntry = null;
        JsonNode valueChange = null;
        for (JsonNode e : trail) {
            if (e.get("action").asString().equals("RETURNED")
                    && "state".equals(e.path("field").asString())) {
                returnEntry = e;
            }
            if (e.get("action").asString().equals("UPDATE")
                    && "value".equals(e.path("field").asString())) {
                valueChange = e;
            }
        }
        assertThat(returnEntry).isNotNull();
        assertThat(returnEntry.get("oldValue").asString()).isEqualTo("SUBMITTED");
        assertThat(returnEntry.get("newValue").asString()).isEqualTo("RETURNED");
        assertThat(returnEntry.get("reason").asString()).isEqualTo(reason);
        assertThat(valueChange).isNotNull();
        assertThat(valueChange.get("oldValue").asString()).isEqualTo("35");
        assertThat(valueChange.get("newValue").asString()).isEqualTo("40");
    }

    // --- re-judging at write time ------------------------------------------------------------------------------

    JsonNode especiallyDifficult(long unit) throws Exception {
        for (JsonNode a : call(get("/api/v1/units/" + unit + "/attributes"), "admin", status().isOk())) {
            if (a.get("attribute").asString().equals("ESPECIALLY_DIFFICULT")) {
                return a;
            }
        }
        throw new AssertionError("no especially-difficult attribute");
    }

    void setEspeciallyDifficult(JsonNode attribute, String value) throws Exception {
        Map<String, Object> form = new HashMap<>();
        form.put("value", value);
        form.put("validFrom", attribute.get("validFrom").asString());
        form.put("validTo", attribute.get("validTo").asString());
        form.put("legalBasis", attribute.get("legalBasis").asString());
        form.put("version", attribute.get("version").asInt());
        form.put("reason", "Kiểm thử: đổi cờ xã đặc biệt khó khăn");
        call(Api.json(put("/api/v1/units/attributes/" + attribute.get("id").asLong()), form), "admin", status().isOk());
    }

    static byte[] demoFile(String name) throws Exception {
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    JsonNode importOverlay(byte[] content) throws Exception {
        return call(
                multipart("/api/v1/criteria/overlays")
                        .file(new MockMultipartFile("file", "overlay.json", "application/json", content)),
                "admin",
                status().isOk());
    }

    @Test
    void without_the_especially_difficult_flag_thuong_lo_is_judged_on_bac_trung_bo_where_15_4_has_no_threshold()
            throws Exception {
        long thuongLo = thuongLo();
        assertThat(storedUnitResult(thuongLo, 2024))
                .containsEntry("met_count", 17)
                .containsEntry("effective_key", "TDMNPB")
                .containsEntry("key_reason", "ESPECIALLY_DIFFICULT");
        JsonNode flag = especiallyDifficult(thuongLo);
        assertThat(flag.get("value").asString()).isEqualTo("true");
        setEspeciallyDifficult(flag, "false");
        try {
            assertThat(storedUnitResult(thuongLo, 2024))
                    .containsEntry("effective_key", "BTB")
                    .containsEntry("key_reason", "REGION")
                    .containsEntry("not_configured_indicators", 1)
                    .containsEntry("met_count", 17)
                    .containsEntry("verdict", "NOT_MET");
            Map<String, Object> ehealth = storedIndicatorResult(thuongLo, 2024, "15.4");
            assertThat(ehealth).containsEntry("status", "NOT_CONFIGURED");
            assertThat(ehealth.get("threshold_id")).isNull();
            assertThat(storedCriterionStatus(thuongLo, 2024, 15)).isEqualTo("NOT_CONFIGURED");
            assertThat((BigDecimal)
                            storedIndicatorResult(thuongLo, 2024, "15.3").get("threshold_value"))
                    .as("Bắc Trung Bộ's own ceiling for 15.3")
                    .isEqualByComparingTo("25");
            JsonNode standing = standing(thuongLo, 2024, "xa.thuonglo");
            assertThat(standing.get("notConfigured").asInt()).isEqualTo(1);
            assertThat(standing.get("effectiveKey").asString()).isEqualTo("BTB");
            assertThat(codes(standing.get("unmet"))).containsExactly("13.3");
        } finally {
            setEspeciallyDifficult(especiallyDifficult(thuongLo), "true");
        }
        assertThat(storedUnitResult(thuongLo, 2024))
                .containsEntry("effective_key", "TDMNPB")
                .containsEntry("not_configured_indicators", 0);
        assertThat(storedIndicatorResult(thuongLo, 2024, "15.4")).containsEntry("status", "NOT_MET");
    }

    @Test
    void a_revised_overlay_lowering_15_4_for_tdmnpb_to_15_makes_thuong_lo_meet_18_of_19_in_the_stored_results()
            throws Exception {
        long thuongLo = thuongLo();
        byte[] original = demoFile("overlay-46-2021-2025.json");
        ObjectNode revised = (ObjectNode) JsonMapper.shared().readTree(original);
        ObjectNode threshold = revised.withArray("thresholds").addObject();
        threshold.put("indicator", "15.4");
        threshold.put("key", "TDMNPB");
        threshold.put("value", "15");
        threshold.put("source", "DỮ LIỆU MẪU - bản sửa đổi để kiểm thử");
        threshold.put("verified", false);
        JsonNode outcome = importOverlay(JsonMapper.shared().writeValueAsBytes(revised));
        try {
            assertThat(outcome.get("outcome").asString()).isEqualTo("APPLIED");
            Map<String, Object> unitResult = storedUnitResult(thuongLo, 2024);
            assertThat(unitResult)
                    .containsEntry("met_count", 18)
                    .containsEntry("verdict", "NOT_MET")
                    .containsEntry("effective_key", "TDMNPB");
            assertThat(((Number) unitResult.get("overlay_id")).longValue())
                    .isEqualTo(outcome.get("id").asLong());
            Map<String, Object> ehealth = storedIndicatorResult(thuongLo, 2024, "15.4");
            assertThat(ehealth).containsEntry("status", "MET");
            assertThat((BigDecimal) ehealth.get("threshold_value")).isEqualByComparingTo("15");
            assertThat(storedCriterionStatus(thuongLo, 2024, 15)).isEqualTo("MET");
            JsonNode standing = standing(thuongLo, 2024, "xa.thuonglo");
            assertThat(standing.get("summary").asString()).isEqualTo("đạt 18/19 tiêu chí");
            assertThat(codes(standing.get("unmet"))).containsExactly("13.3");
        } finally {
            importOverlay(original);
        }
        assertThat(storedUnitResult(thuongLo, 2024)).containsEntry("met_count", 17);
        assertThat(storedIndicatorResult(thuongLo, 2024, "15.4")).containsEntry("status", "NOT_MET");
    }

    // --- entry periods ---------------------------------------------------------------------------------------

    @Test
    void after_entry_closes_a_change_needs_a_reason_and_an_approval_and_both_are_audited() throws Exception {
        long thuongLo = thuongLo();
        long province = unit("46", "2024-12-31");
        String periodUrl = "/api/v1/entry-periods/" + SET + "/" + province + "/2024";
        JsonNode closed = call(
                Api.json(put(periodUrl), Map.of("open", false, "reason", "Chốt số liệu năm 2024")),
                "admin",
                status().isOk());
        assertThat(closed.get("open").asBoolean()).isFalse();
        try {
            JsonNode before = line(thuongLo, 2024, "15.1");
            int version = before.get("version").asInt();
            refusedPut(
                    "xa.thuonglo",
                    thuongLo,
                    SET,
                    2024,
                    "15.1",
                    Map.of("value", "96", "version", version),
                    status().isBadRequest(),
                    "changeReason",
                    "Kỳ nhập số liệu bộ tiêu chí NTM-XA-2021-2025 năm 2024 "
                            + "đã đóng: thay đổi cần ghi lý do và được lãnh đạo phê duyệt.");

            String reason = "Cập nhật theo số liệu bảo hiểm xã hội quý IV/2024";
            JsonNode saved = write(
                    "xa.thuonglo",
                    thuongLo,
                    2024,
                    "15.1",
                    Map.of("value", "96", "version", version, "changeReason", reason),
                    status().isOk());
            long requestId = saved.get("pendingRequestId").asLong();
            assertThat(saved.has("value")).isFalse();
            assertThat(line(thuongLo, 2024, "15.1").get("value").decimalValue())
                    .as("not applied yet")
                    .isEqualByComparingTo("95");

            JsonNode pending = call(
                    get("/api/v1/change-requests").param("unitId", String.valueOf(thuongLo)),
                    "xa.thuonglo",
                    status().isOk());
            assertThat(pending).hasSize(1);
            assertThat(pending.get(0).get("id").asLong()).isEqualTo(requestId);
            assertThat(pending.get(0).get("reason").asString()).isEqualTo(reason);
            assertThat(pending.get(0).get("number").decimalValue()).isEqualByComparingTo("96");
            assertThat(pending.get(0).get("requestedBy").asString()).isEqualTo("xa.thuonglo");

            JsonNode applied = call(
                    Api.json(post("/api/v1/change-requests/" + requestId + "/approve"), Map.of("note", "Đồng ý")),
                    "admin",
                    status().isOk());
            assertThat(applied.get("number").decimalValue()).isEqualByComparingTo("96");
            assertThat(applied.get("state").asString()).isEqualTo("DRAFT");
            assertThat(line(thuongLo, 2024, "15.1").get("value").decimalValue()).isEqualByComparingTo("96");
            assertThat(call(
                            get("/api/v1/change-requests").param("unitId", String.valueOf(thuongLo)),
                            "admin",
                            status().isOk()))
                    .isEmpty();
            assertProblem(
                    call(
                            Api.json(post("/api/v1/change-requests/" + requestId + "/approve"), Map.of()),
                            "admin",
                            problem(status().isConflict())),
                    "state",
                    "Đề nghị thay đổi số " + requestId + " đã được xử lý (APPROVED).");

            long second = write(
                            "xa.thuonglo",
                            thuongLo,
                            2024,
                            "15.1",
                            Map.of("value", "99", "changeReason", "Nhập nhầm"),
                            status().isOk())
                    .get("pendingRequestId")
                    .asLong();
            Stored beforeDecision = stored();
            assertProblem(
                    call(
                            Api.json(post("/api/v1/change-requests/" + second + "/approve"), Map.of()),
                            "xa.thuonglo",
                            problem(status().isForbidden())),
                    null,
                    "Chỉ lãnh đạo xã hoặc quản trị viên (cán bộ tỉnh khi xã không có lãnh đạo nào khác người đề nghị)"
                            + " được phê duyệt thay đổi sau khi đóng kỳ nhập.");
            assertThat(stored()).isEqualTo(beforeDecision);
            assertThat(call(
                                    Api.json(
                                            post("/api/v1/change-requests/" + second + "/reject"),
                                            Map.of("note", "Không có căn cứ")),
                                    "admin",
                                    status().isOk())
                            .get("state")
                            .asString())
                    .isEqualTo("REJECTED");
            assertThat(line(thuongLo, 2024, "15.1").get("value").decimalValue())
                    .as("a rejected change is not applied")
                    .isEqualByComparingTo("96");
            assertThat(jdbc.sql("select state, decided_by, decision_note from value_change_request where id = ?")
                            .param(second)
                            .query()
                            .singleRow())
                    .containsEntry("state", "REJECTED")
                    .containsEntry("decided_by", "admin")
                    .containsEntry("decision_note", "Không có căn cứ");

            long third = write(
                            "xa.thuonglo",
                            thuongLo,
                            2024,
                            "15.1",
                            Map.of("value", "97", "changeReason", "Số liệu quý IV"),
                            status().isOk())
                    .get("pendingRequestId")
                    .asLong();
            long fourth = write(
                            "xa.thuonglo",
                            thuongLo,
                            2024,
                            "15.1",
                            Map.of("value", "98", "changeReason", "Số liệu tháng 12"),
                            status().isOk())
                    .get("pendingRequestId")
                    .asLong();
            call(Api.json(post("/api/v1/change-requests/" + third + "/approve"), Map.of()), "admin", status().isOk());
            assertProblem(
                    call(
                            Api.json(post("/api/v1/change-requests/" + fourth + "/approve"), Map.of()),
                            "admin",
                            problem(status().isConflict())),
                    "version",
                    "Giá trị đã được thay đổi sau khi có đề nghị số " + fourth
                            + ": hãy từ chối đề nghị này và lập đề nghị mới trên giá trị hiện tại.");
            assertThat(line(thuongLo, 2024, "15.1").get("value").decimalValue())
                    .as("a request based on an older value is not applied over a newer one")
                    .isEqualByComparingTo("97");
            call(
                    Api.json(
                            post("/api/v1/change-requests/" + fourth + "/reject"),
                            Map.of("note", "Dựa trên giá trị cũ")),
                    "admin",
                    status().isOk());

            JsonNode trail = call(
                    get("/api/v1/assessment-values/" + applied.get("id").asLong() + "/audit"),
                    "admin",
                    status().isOk());
            JsonNode change = null;
            for (JsonNode e : trail) {
                if (change == null
                        && e.get("action").asString().equals("UPDATE")
                        && "value".equals(e.path("field").asString())) {
                    change = e;
                }
            }
            assertThat(change).isNotNull();
            assertThat(change.get("actor").asString()).isEqualTo("admin");
            assertThat(change.get("oldValue").asString()).isEqualTo("95");
            assertThat(change.get("newValue").asString()).isEqualTo("96");
            assertThat(change.get("reason").asString()).contains(reason);

            List<Map<String, Object>> requestTrail =
                    jdbc.sql("""
                            select action, actor, reason from audit_log where entity_type = 'value_change_request'
                            and entity_id = ? order by id""").param(requestId).query().listOfRows();
            assertThat(requestTrail)
                    .anySatisfy(r -> assertThat(r)
                            .containsEntry("action", "CREATE")
                            .containsEntry("actor", "xa.thuonglo")
                            .containsEntry("reason", reason));
            assertThat(requestTrail)
                    .anySatisfy(r -> assertThat(r)
                            .containsEntry("action", "APPROVE")
                            .containsEntry("actor", "admin")
                            .containsEntry("reason", "Đồng ý"));
            List<Map<String, Object>> periodTrail =
                    jdbc.sql("""
                            select action, actor, reason from audit_log where entity_type = 'entry_period'
                            and unit_id = ? order by id""").param(province).query().listOfRows();
            assertThat(periodTrail)
                    .anySatisfy(r -> assertThat(r)
                            .containsEntry("action", "CLOSE")
                            .containsEntry("actor", "admin")
                            .containsEntry("reason", "Chốt số liệu năm 2024"));
        } finally {
            call(
                    Api.json(put(periodUrl), Map.of("open", true, "reason", "Mở lại sau kiểm thử")),
                    "admin",
                    status().isOk());
        }
        write("xa.thuonglo", thuongLo, 2024, "15.1", "95");
        assertThat(line(thuongLo, 2024, "15.1").get("value").decimalValue()).isEqualByComparingTo("95");
    }

    @Test
    void only_a_province_officer_or_an_administrator_opens_and_closes_entry() throws Exception {
        long oldProvince = unit("46", "2024-12-31");
        long hue = unit("46", null);
        Stored before = stored();
        assertProblem(
                call(
                        Api.json(
                                put("/api/v1/entry-periods/" + SET + "/" + oldProvince + "/2024"),
                                Map.of("open", false)),
                        "xa.thuonglo",
                        problem(status().isForbidden())),
                null,
                "Dữ liệu này thuộc đơn vị ngoài phạm vi của bạn.");
        assertProblem(
                call(
                        Api.json(put("/api/v1/entry-periods/" + SET + "/" + hue + "/2025"), Map.of("open", false)),
                        "so.yte.hue",
                        problem(status().isForbidden())),
                null,
                "Chỉ cán bộ tỉnh hoặc quản trị viên được mở, đóng kỳ nhập số liệu.");
        assertProblem(
                call(
                        Api.json(put("/api/v1/entry-periods/" + SET + "/" + hue + "/2026"), Map.of("open", false)),
                        "admin",
                        problem(status().isBadRequest())),
                "year",
                "Năm 2026 nằm ngoài giai đoạn của bộ tiêu chí NTM-XA-2021-2025 (2021 - 2025).");
        assertProblem(
                call(
                        Api.json(put("/api/v1/entry-periods/" + SET + "/" + kheTre() + "/2025"), Map.of("open", false)),
                        "admin",
                        problem(status().isBadRequest())),
                "provinceUnitId",
                "Đơn vị 20161 (Xã Khe Tre) không phải là tỉnh, thành phố trực thuộc trung ương.");
        assertThat(stored()).isEqualTo(before);

        String url = "/api/v1/entry-periods/" + SET + "/" + hue + "/2025";
        assertThat(call(
                                Api.json(put(url), Map.of("open", false, "reason", "Chốt số liệu")),
                                "tinh.hue",
                                status().isOk())
                        .get("open")
                        .asBoolean())
                .isFalse();
        try {
            assertProblem(
                    write("xa.khetre", kheTre(), 2025, "16", Map.of("value", "90"), problem(status().isBadRequest())),
                    "changeReason",
                    "Kỳ nhập số liệu bộ tiêu chí NTM-XA-2021-2025 "
                            + "năm 2025 đã đóng: thay đổi cần ghi lý do và được lãnh đạo phê duyệt.");
        } finally {
            assertThat(call(Api.json(put(url), Map.of("open", true, "reason", "Mở lại")), "tinh.hue", status().isOk())
                            .get("open")
                            .asBoolean())
                    .isTrue();
        }
        write("xa.khetre", kheTre(), 2025, "16", "90");
    }

    @Test
    void a_unit_or_an_indicator_with_values_cannot_be_deleted_under_the_database_guard() throws Exception {
        long thuongLo = thuongLo();
        long indicator = jdbc.sql("select indicator_id from assessment_value where unit_id = ? limit 1")
                .param(thuongLo)
                .query(Long.class)
                .single();
        Assertions.assertThatThrownBy(() -> jdbc.sql("delete from admin_unit where id = ?")
                        .param(thuongLo)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("has assessment values");
        Assertions.assertThatThrownBy(() -> jdbc.sql("delete from indicator where id = ?")
                        .param(indicator)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("has assessment values");
        assertThat(jdbc.sql("select count(*) from admin_unit where id = ?")
                        .param(thuongLo)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
