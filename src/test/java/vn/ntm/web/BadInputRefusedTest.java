package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ntm.testing.Api.assertProblem;
import static vn.ntm.testing.Api.problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.FirstAdministrator;
import vn.ntm.access.SystemActor;
import vn.ntm.access.UserBulkImport;
import vn.ntm.errors.BadInputException;
import vn.ntm.imports.ImportIssue;
import vn.ntm.imports.ImportMode;
import vn.ntm.testing.Api;
import vn.ntm.testing.NtmTest;

/**
 * The bad inputs of issue 10, each through the API on the demo data: refused with its own message (Vietnamese, and
 * English when asked in English), nothing stored, never a 500.
 */
@NtmTest
class BadInputRefusedTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String NOTHING_SAVED = " Không có gì được lưu.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FirstAdministrator first;

    @Autowired
    UserBulkImport bulk;

    @Autowired
    SystemActor system;

    /** What every refusal must leave as it was. */
    record Stored(
            long values,
            String valueDigest,
            long evidence,
            long requests,
            long audit,
            long users,
            long bodies,
            long people,
            long thresholds,
            long periods) {}

    Stored stored() {
        return jdbc.sql("""
                        select (select count(*) from assessment_value),
                               (select coalesce(md5(string_agg(id || ':' || coalesce(numeric_value::text, '') || ':'
                                   || coalesce(note, '') || ':' || state || ':' || version, ',' order by id)), '')
                                  from assessment_value),
                               (select count(*) from evidence), (select count(*) from value_change_request),
                               (select count(*) from audit_log), (select count(*) from app_user),
                               (select count(*) from body), (select count(*) from person),
                               (select count(*) from threshold), (select count(*) from entry_period)""")
                .query((rs, n) -> new Stored(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10)))
                .single();
    }

    JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        return new Api(mvc).call(request, user, expected);
    }

    /** Sends a request that must be refused with {@code status}, on {@code field}, saying {@code detail}. */
    void refused(
            AbstractMockHttpServletRequestBuilder<?> request,
            String user,
            ResultMatcher status,
            String field,
            String detail)
            throws Exception {
        Stored before = stored();
        assertProblem(call(request, user, problem(status)), field, detail);
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    long unit(String code) throws Exception {
        return call(get("/api/v1/units/code/" + code), "admin", status().isOk())
                .get("id")
                .asLong();
    }

    static String valueUrl(long unit, int year, String indicator) {
        return "/api/v1/assessments/" + unit + "/" + SET + "/" + year + "/values/" + indicator;
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    // --- numbers -------------------------------------------------------------------------------------------------

    @Test
    void a_number_of_131073_digits_a_15001_digit_income_and_a_30000_digit_scale_are_refused_by_their_digits()
            throws Exception {
        long kheTre = unit("20161");
        refused(
                Api.json(put(valueUrl(kheTre, 2025, "15.1")), body("value", "1" + "0".repeat(131_072))),
                "xa.khetre",
                status().isBadRequest(),
                "value",
                "Giá trị của chỉ tiêu 15.1 có 131.073 chữ số phần "
                        + "nguyên, nhiều hơn 3 chữ số cho phép với tỷ lệ phần trăm.");
        refused(
                Api.json(put(valueUrl(kheTre, 2025, "10")), body("value", "9".repeat(15_001))),
                "xa.khetre",
                status().isBadRequest(),
                "value",
                "Giá trị của chỉ tiêu 10 có 15.001 chữ số phần nguyên, nhiều hơn 12" + " chữ số cho phép với số tiền.");
        refused(
                Api.json(put(valueUrl(kheTre, 2025, "17.4")), body("value", "0," + "0".repeat(29_999) + "1")),
                "xa.khetre",
                status().isBadRequest(),
                "value",
                "Giá trị của chỉ tiêu 17.4 có 30.000 chữ số thập "
                        + "phân, nhiều hơn 4 chữ số cho phép với số lượng đo.");
        // a short number with too many digits is refused the same way
        refused(
                Api.json(put(valueUrl(kheTre, 2025, "10")), body("value", "1234567890123")),
                "xa.khetre",
                status().isBadRequest(),
                "value",
                "Giá trị của chỉ tiêu 10 có 13 chữ số phần nguyên, nhiều hơn 12" + " chữ số cho phép với số tiền.");
        refused(
                Api.json(put(valueUrl(kheTre, 2025, "10")), body("value", "9".repeat(15_001)))
                        .header("Accept-Language", "en"),
                "xa.khetre",
                status().isBadRequest(),
                "value",
                "Value of indicator 10 has 15,001 digits before the decimal point, more than the 12 allowed for a "
                        + "sum of money.");
    }

    @Test
    void overlay_thresholds_of_a_percentage_outside_0_to_100_are_refused() throws Exception {
        long overlay = -1;
        long hue = unit("46");
        for (JsonNode o : call(get("/api/v1/criteria/overlays"), "admin", status().isOk())) {
            if (o.path("provinceUnitId").asLong() == hue
                    && SET.equals(o.path("setCode").asString())) {
                overlay = o.get("id").asLong();
            }
        }
        if (overlay < 0) {
            overlay = call(get("/api/v1/criteria/overlays"), "admin", status().isOk())
                    .get(0)
                    .get("id")
                    .asLong();
        }
        String url = "/api/v1/criteria/overlays/" + overlay + "/thresholds";
        refused(
                Api.json(
                        post(url),
                        body("indicator", "15.1", "key", "*", "year", 2025, "value", "-5", "reason", "Thử ngưỡng âm")),
                "admin",
                status().isBadRequest(),
                "value",
                "Chỉ tiêu 15.1 tính bằng %: giá trị -5 phải từ 0 đến 100.");
        refused(
                Api.json(
                        post(url),
                        body(
                                "indicator",
                                "15.1",
                                "key",
                                "*",
                                "year",
                                2025,
                                "value",
                                "500",
                                "reason",
                                "Thử ngưỡng 500")),
                "admin",
                status().isBadRequest(),
                "value",
                "Chỉ tiêu 15.1 tính bằng %: giá trị 500 phải từ 0 đến 100.");
        refused(
                Api.json(
                                post(url),
                                body(
                                        "indicator",
                                        "15.1",
                                        "key",
                                        "*",
                                        "year",
                                        2025,
                                        "value",
                                        "500",
                                        "reason",
                                        "Thử ngưỡng 500"))
                        .header("Accept-Language", "en"),
                "admin",
                status().isBadRequest(),
                "value",
                "Indicator 15.1 is a percentage: the value 500 must be between 0 and 100.");
    }

    // --- control characters and lengths ------------------------------------------------------------------------

    @Test
    void a_nul_byte_in_a_note_a_name_a_reason_a_file_name_or_a_search_is_refused_naming_the_field() throws Exception {
        long kheTre = unit("20161");
        refused(
                Api.json(put(valueUrl(kheTre, 2025, "15.1")), body("value", "95", "note", "Ghi\u0000chú")),
                "xa.khetre",
                status().isBadRequest(),
                "note",
                "Ghi chú chứa ký tự không được phép (U+0000, ở vị trí " + "thứ 4): hãy xóa ký tự đó rồi gửi lại."
                        + NOTHING_SAVED);
        refused(
                Api.json(put(valueUrl(kheTre, 2025, "15.1")), body("value", "95", "note", "Ghi\u0000chú"))
                        .header("Accept-Language", "en"),
                "xa.khetre",
                status().isBadRequest(),
                "note",
                "Note contains a character that is not allowed (U+0000, at position 4): remove it and send again. "
                        + "Nothing was saved.");
        refused(
                Api.json(
                        post("/api/v1/bodies"),
                        body("unitCode", "20161", "bodyType", "HOI_NONG_DAN_XA", "name", "Hội Nông dân\u0000")),
                "admin",
                status().isBadRequest(),
                "name",
                "Tên chứa ký tự không được phép " + "(U+0000, ở vị trí thứ 13): hãy xóa ký tự đó rồi gửi lại."
                        + NOTHING_SAVED);
        refused(
                Api.json(post("/api/v1/people"), body("unitCode", "20161", "fullName", "Nguyễn\u0000Văn An")),
                "admin",
                status().isBadRequest(),
                "fullName",
                "Họ và tên chứa ký tự không được phép (U+0000, ở vị trí thứ 7): " + "hãy xóa ký tự đó rồi gửi lại."
                        + NOTHING_SAVED);
        long province = unit("46");
        refused(
                Api.json(
                        put("/api/v1/entry-periods/" + SET + "/" + province + "/2025"),
                        body("open", false, "reason", "Chốt\u0007số liệu")),
                "admin",
                status().isBadRequest(),
                "reason",
                "Lý do chứa ký tự " + "không được phép (U+0007, ở vị trí thứ 5): hãy xóa ký tự đó rồi gửi lại."
                        + NOTHING_SAVED);
        refused(
                get("/api/v1/units/search").param("q", "Khe\u0000Tre"),
                "admin",
                status().isBadRequest(),
                "q",
                "Nội dung tìm kiếm chứa ký tự không được phép (U+0000, ở vị trí thứ 4): hãy xóa ký tự đó rồi gửi lại."
                        + NOTHING_SAVED);

        JsonNode saved =
                call(Api.json(put(valueUrl(kheTre, 2025, "15.1")), body("value", "95")), "xa.khetre", status().isOk());
        long valueId = saved.get("value").get("id").asLong();
        MockMultipartFile pdf = new MockMultipartFile(
                "file", "bien\u0000ban.pdf", "application/pdf", "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8));
        refused(
                multipart("/api/v1/assessment-values/" + valueId + "/evidence").file(pdf),
                "xa.khetre",
                status().isBadRequest(),
                "file",
                "Tên tệp chứa ký tự không được phép (U+0000, ở vị trí thứ 5): hãy " + "xóa ký tự đó rồi gửi lại."
                        + NOTHING_SAVED);
        // on a page too: the same words, not a 500
        Stored before = stored();
        String page = mvc.perform(
                        get("/admin/bodies").param("q", "Hội\u0000").with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("Nội dung tìm kiếm chứa ký tự không được phép (U+0000, ở vị trí thứ 4)");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_note_over_2000_characters_is_refused_with_its_length() throws Exception {
        long kheTre = unit("20161");
        refused(
                Api.json(put(valueUrl(kheTre, 2025, "15.1")), body("value", "95", "note", "ghi chú ".repeat(251))),
                "xa.khetre",
                status().isBadRequest(),
                "note",
                "Ghi chú dài 2.008 ký tự, vượt quá giới hạn 2.000 ký " + "tự." + NOTHING_SAVED);
        refused(
                Api.json(put(valueUrl(kheTre, 2025, "15.1")), body("value", "95", "note", "x".repeat(25_000))),
                "xa.khetre",
                status().isBadRequest(),
                "note",
                "Ghi chú dài 25.000 ký tự, vượt quá giới hạn 20.000 ký " + "tự." + NOTHING_SAVED);
    }

    // --- reasons -------------------------------------------------------------------------------------------------

    @Test
    void closing_or_reopening_entry_needs_a_reason() throws Exception {
        long province = unit("46");
        String name = call(get("/api/v1/units/" + province), "admin", status().isOk())
                .get("name")
                .asString();
        String url = "/api/v1/entry-periods/" + SET + "/" + province + "/2025";
        for (boolean open : List.of(false, true)) {
            refused(
                    Api.json(put(url), body("open", open)),
                    "admin",
                    status().isBadRequest(),
                    "reason",
                    "Hãy ghi lý do mở hoặc đóng kỳ nhập liệu của " + name + ": lý do được ghi vào nhật ký để các xã "
                            + "đọc.");
            refused(
                    Api.json(put(url), body("open", open, "reason", "   ")),
                    "tinh.hue",
                    status().isBadRequest(),
                    "reason",
                    "Hãy ghi lý do mở hoặc đóng kỳ nhập liệu của " + name + ": lý do được ghi vào nhật ký "
                            + "để các xã đọc.");
        }
    }

    // --- separation of duties ------------------------------------------------------------------------------------

    @Test
    void the_only_leader_of_a_commune_cannot_approve_their_own_request_and_the_province_officer_does()
            throws Exception {
        long kheTre = unit("20161");
        long province = unit("46");
        String period = "/api/v1/entry-periods/" + SET + "/" + province + "/2025";
        call(Api.json(put(period), body("open", false, "reason", "Chốt số liệu năm 2025")), "admin", status().isOk());
        try {
            JsonNode line = call(
                    Api.json(
                            put(valueUrl(kheTre, 2025, "15.3")),
                            body("value", "61", "changeReason", "Số liệu mới của trạm y tế")),
                    "lanhdao.khetre",
                    status().isOk());
            long request = line.get("pendingRequestId").asLong();
            refused(
                    Api.json(post("/api/v1/change-requests/" + request + "/approve"), body("note", "Đồng ý")),
                    "lanhdao.khetre",
                    status().isForbidden(),
                    null,
                    "Bạn không thể tự duyệt yêu cầu thay đổi của "
                            + "chính mình: một lãnh đạo khác của xã, cán bộ tỉnh hoặc quản trị viên sẽ duyệt.");
            refused(
                    Api.json(post("/api/v1/change-requests/" + request + "/approve"), body("note", "Đồng ý"))
                            .header("Accept-Language", "en"),
                    "lanhdao.khetre",
                    status().isForbidden(),
                    null,
                    "You cannot approve your own change request: another leader of the commune, the province "
                            + "officer or an administrator approves it.");
            refused(
                    Api.json(post("/api/v1/change-requests/" + request + "/reject"), body()),
                    "tinh.hue",
                    status().isBadRequest(),
                    "note",
                    "Hãy ghi lý do từ chối: xã cần biết vì sao yêu cầu không được " + "chấp nhận.");
            JsonNode applied = call(
                    Api.json(post("/api/v1/change-requests/" + request + "/approve"), body("note", "Tỉnh đồng ý")),
                    "tinh.hue",
                    status().isOk());
            assertThat(applied.get("number").decimalValue()).isEqualByComparingTo("61");
        } finally {
            call(Api.json(put(period), body("open", true, "reason", "Mở lại sau kiểm thử")), "admin", status().isOk());
        }
    }

    @Test
    void a_province_officer_cannot_link_a_user_to_a_body_or_person_of_another_province() throws Exception {
        long laiChauBody = call(
                        Api.json(
                                post("/api/v1/bodies"),
                                body("unitCode", "12", "bodyType", "SO_Y_TE", "name", "Sở Y tế (kiểm thử phạm vi)")),
                        "admin",
                        status().isOk())
                .get("id")
                .asLong();
        long laiChauPerson = call(
                        Api.json(post("/api/v1/people"), body("unitCode", "12", "fullName", "Lò Văn Thử")),
                        "admin",
                        status().isOk())
                .get("id")
                .asLong();
        refused(
                Api.json(
                        post("/api/v1/users"),
                        body(
                                "username",
                                "canbo.khetre2",
                                "role",
                                "COMMUNE_OFFICER",
                                "unitCode",
                                "20161",
                                "bodyId",
                                laiChauBody,
                                "reason",
                                "Cán bộ mới")),
                "tinh.hue",
                status().isForbidden(),
                "bodyId",
                "Cơ quan số " + laiChauBody + " thuộc đơn vị ngoài phạm vi của bạn:"
                        + " không thể gắn người dùng với cơ quan này.");
        refused(
                Api.json(
                        post("/api/v1/users"),
                        body(
                                "username",
                                "canbo.khetre2",
                                "role",
                                "COMMUNE_OFFICER",
                                "unitCode",
                                "20161",
                                "personId",
                                laiChauPerson,
                                "reason",
                                "Cán bộ mới")),
                "tinh.hue",
                status().isForbidden(),
                "personId",
                "Cán bộ số " + laiChauPerson + " thuộc đơn vị ngoài phạm vi của "
                        + "bạn: không thể gắn người dùng với cán bộ này.");
        // nor by changing an existing user of the province
        JsonNode own = call(
                Api.json(
                        post("/api/v1/users"),
                        body(
                                "username",
                                "canbo.khetre3",
                                "role",
                                "COMMUNE_OFFICER",
                                "unitCode",
                                "20161",
                                "reason",
                                "Cán bộ mới")),
                "tinh.hue",
                status().isOk());
        long id = own.path("user").path("id").asLong();
        refused(
                Api.json(
                        put("/api/v1/users/" + id),
                        body(
                                "role",
                                "COMMUNE_OFFICER",
                                "unitCode",
                                "20161",
                                "bodyId",
                                laiChauBody,
                                "version",
                                own.path("user").path("version").asInt(),
                                "reason",
                                "Đổi cơ quan")),
                "tinh.hue",
                status().isForbidden(),
                "bodyId",
                "Cơ quan số " + laiChauBody + " thuộc đơn vị ngoài phạm "
                        + "vi của bạn: không thể gắn người dùng với cơ quan này.");
    }

    // --- passwords -----------------------------------------------------------------------------------------------

    static String ofBytes(String start, int bytes) {
        StringBuilder b = new StringBuilder(start);
        while (b.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            b.append('x');
        }
        assertThat(b.toString().getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return b.toString();
    }

    @Test
    void a_password_over_72_bytes_a_common_one_and_the_username_are_refused_and_signing_in_with_one_is_no_500()
            throws Exception {
        String long73 = ofBytes("Đường làng ngõ xóm sáng xanh sạch đẹp ", 73);
        refused(
                Api.json(
                        post("/api/v1/users"),
                        body(
                                "username",
                                "thukho.khetre",
                                "role",
                                "COMMUNE_OFFICER",
                                "unitCode",
                                "20161",
                                "password",
                                long73)),
                "admin",
                status().isBadRequest(),
                "password",
                "Mật khẩu dài 73 byte khi mã hóa UTF-8, vượt quá giới hạn 72 byte (chữ có dấu chiếm 2–3 byte): hãy "
                        + "chọn mật khẩu ngắn hơn.");
        refused(
                Api.json(
                                post("/api/v1/users"),
                                body(
                                        "username",
                                        "thukho.khetre",
                                        "role",
                                        "COMMUNE_OFFICER",
                                        "unitCode",
                                        "20161",
                                        "password",
                                        long73))
                        .header("Accept-Language", "en"),
                "admin",
                status().isBadRequest(),
                "password",
                "The password takes 73 bytes in UTF-8, more than the limit of 72 "
                        + "bytes (a letter with diacritics takes 2-3 bytes): choose a shorter password.");
        for (String common : List.of("Mật khẩu 123", "password1234", "iloveyou123")) {
            refused(
                    Api.json(
                            post("/api/v1/users"),
                            body(
                                    "username",
                                    "thukho.khetre",
                                    "role",
                                    "COMMUNE_OFFICER",
                                    "unitCode",
                                    "20161",
                                    "password",
                                    common)),
                    "admin",
                    status().isBadRequest(),
                    "password",
                    "Mật khẩu này nằm trong danh sách mật khẩu phổ biến mà kẻ dò mật khẩu thử trước tiên: hãy chọn "
                            + "mật khẩu khác.");
        }
        refused(
                Api.json(
                        post("/api/v1/users"),
                        body(
                                "username",
                                "thukho.khetre",
                                "role",
                                "COMMUNE_OFFICER",
                                "unitCode",
                                "20161",
                                "password",
                                "ThuKho.KheTre")),
                "admin",
                status().isBadRequest(),
                "password",
                "Mật khẩu không được trùng với tên đăng nhập.");
        // changing one's own password follows the same rules
        refused(
                Api.json(
                        post("/api/v1/users/me/password"),
                        body("currentPassword", DemoUsers.PASSWORD, "newPassword", long73)),
                "xa.khetre",
                status().isBadRequest(),
                "newPassword",
                "Mật khẩu dài 73 byte khi mã hóa UTF-8, vượt quá giới hạn 72 byte (chữ có dấu chiếm 2–3 byte): hãy "
                        + "chọn mật khẩu ngắn hơn.");
        refused(
                Api.json(
                        post("/api/v1/users/me/password"),
                        body("currentPassword", DemoUsers.PASSWORD, "newPassword", "matkhau123456")),
                "xa.khetre",
                status().isBadRequest(),
                "newPassword",
                "Mật khẩu này nằm trong danh sách mật khẩu phổ biến mà kẻ dò mật khẩu thử trước tiên: hãy chọn "
                        + "mật khẩu khác.");
        // signing in with such a password is a wrong password, not a failure of the hash
        int status = mvc.perform(get("/api/v1/users/me").with(httpBasic("xa.talen", long73 + "ễễễ")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(401);
        // a good password is taken
        call(
                Api.json(
                        post("/api/v1/users"),
                        body(
                                "username",
                                "thukho.khetre",
                                "role",
                                "COMMUNE_OFFICER",
                                "unitCode",
                                "20161",
                                "password",
                                "Lúa chín vàng đồng Khe Tre")),
                "admin",
                status().isOk());
    }

    @Test
    void the_command_line_the_start_up_variable_and_the_user_import_apply_the_same_password_rules() {
        String long73 = ofBytes("Đường làng ngõ xóm sáng xanh sạch đẹp ", 73);
        Stored before = stored();
        // ./ntm admin create --password-stdin and NTM_ADMIN_PASSWORD both create through FirstAdministrator
        for (String password : List.of(long73, "matkhau123", "quantri.moi")) {
            Assertions.assertThatThrownBy(() -> system.run(
                            "cli:root", () -> first.create("quantri.moi", password, false, "ntm admin create")))
                    .isInstanceOf(BadInputException.class)
                    .satisfies(e -> assertThat(((BadInputException) e).messageKey())
                            .isIn(
                                    "input.error.passwordBytes",
                                    "input.error.passwordCommon",
                                    "input.error.passwordIsUsername"));
        }
        String csv = "ten_dang_nhap,vai_tro,ma_don_vi,mat_khau\n"
                + "canbo.csv1,can_bo_xa,20161," + long73 + "\n"
                + "canbo.csv2,can_bo_xa,20161,iloveyou123\n"
                + "canbo.csv3,can_bo_xa,20161,canbo.csv3\n";
        UserBulkImport.Report report = system.run(
                "admin", () -> bulk.importCsv(csv.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING));
        assertThat(report.outcome()).isEqualTo("REJECTED");
        assertThat(report.issues())
                .extracting(ImportIssue::reason)
                .containsExactly(
                        "Mật khẩu dài 73 byte khi mã hóa UTF-8, vượt quá giới hạn 72 byte (chữ có dấu chiếm 2–3 byte): hãy "
                                + "chọn mật khẩu ngắn hơn.",
                        "Mật khẩu này nằm trong danh sách mật khẩu phổ biến mà kẻ dò mật khẩu thử trước tiên: hãy chọn "
                                + "mật khẩu khác.",
                        "Mật khẩu không được trùng với tên đăng nhập.");
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void an_unknown_user_a_wrong_password_and_a_locked_account_get_the_same_answer() throws Exception {
        call(
                Api.json(
                        post("/api/v1/users"),
                        body(
                                "username",
                                "khoaso.khetre",
                                "role",
                                "COMMUNE_OFFICER",
                                "unitCode",
                                "20161",
                                "password",
                                "Cầu tre lắt lẻo 2026")),
                "admin",
                status().isOk());
        List<String> real = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            real.add(answer("khoaso.khetre", "sai-mat-khau-" + i));
            unknown.add(answer("khongco.khetre", "sai-mat-khau-" + i));
        }
        assertThat(jdbc.sql("select locked_until is not null from app_user where username = 'khoaso.khetre'")
                        .query(Boolean.class)
                        .single())
                .as("the real account is locked by now")
                .isTrue();
        assertThat(real).isEqualTo(unknown);
        // the right password of a locked account is refused with the same answer too
        assertThat(answer("khoaso.khetre", "Cầu tre lắt lẻo 2026")).isEqualTo(unknown.get(0));
        // and the sign-in page says one thing for every failure
        String page = mvc.perform(get("/login").param("error", ""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("Tên đăng nhập hoặc mật khẩu "
                        + "không đúng. Sau nhiều lần nhập sai, tài khoản bị tạm khóa ít phút: hãy thử lại sau hoặc nhờ quản "
                        + "trị viên đặt lại mật khẩu.");
    }

    private String answer(String user, String password) throws Exception {
        var response = mvc.perform(get("/api/v1/users/me").with(httpBasic(user, password)))
                .andReturn()
                .getResponse();
        return response.getStatus() + " " + response.getContentAsString(StandardCharsets.UTF_8);
    }
}
