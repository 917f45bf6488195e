package vn.ntm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * Every screen that shows audit entries (a value's history and its change requests, a user's trail, a body, a unit
 * attribute, a provincial overlay, the entry periods of a year, a commune's change requests) speaks the reader's
 * language: "Tạo giá trị", "Gửi thẩm định", "Trạng thái: Bản nháp → Đã gửi", never CREATE, SUBMITTED or
 * notEvaluated. The changes are made through the product first, as users make them.
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=audit_in_words")
class AuditInWordsTest {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    JsonNode write(long unit, String code, Map<String, Object> body) throws Exception {
        return new Api(mvc)
                .call(
                        Api.json(put("/api/v1/assessments/" + unit + "/" + SET + "/2025/values/" + code), body),
                        "xa.khetre",
                        status().isOk());
    }

    JsonNode review(String action, long id, int version, String reason, String user) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        if (reason != null) {
            body.put("reason", reason);
        }
        return new Api(mvc)
                .call(Api.json(post("/api/v1/assessment-values/" + id + "/" + action), body), user, status().isOk());
    }

    void form(MockHttpServletRequestBuilder request, String user) throws Exception {
        mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** The texts of the page's history tables, one per section. */
    static List<String> trails(String page) {
        List<String> trails = new ArrayList<>();
        Matcher m = Pattern.compile("<section class=\"trail\"(.*?)</section>", Pattern.DOTALL)
                .matcher(page);
        while (m.find()) {
            trails.add(
                    HtmlUtils.htmlUnescape(m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")));
        }
        return trails;
    }

    @Test
    void every_history_on_screen_is_in_words_in_both_languages() throws Exception {
        Api api = new Api(mvc);
        long kheTre = api.unitId(DemoPlaces.KHE_TRE);
        long hue = api.unitId(DemoPlaces.HUE);
        long thuongLo = api.unitId(DemoPlaces.THUONG_LO);

        // a value's life: entered, changed, evidence, submitted, returned, corrected, verified
        JsonNode v = write(kheTre, "15.1", Map.of("value", "95")).get("value");
        long id = v.get("id").asLong();
        v = write(
                        kheTre,
                        "15.1",
                        Map.of(
                                "value",
                                "96,5",
                                "note",
                                "Theo sổ BHYT",
                                "version",
                                v.get("version").asInt()))
                .get("value");
        api.call(
                multipart("/api/v1/assessment-values/" + id + "/evidence")
                        .file(new MockMultipartFile(
                                "file",
                                "bienban.pdf",
                                "application/pdf",
                                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8))),
                "xa.khetre",
                status().isOk());
        v = review("submit", id, version(id), null, "xa.khetre");
        v = review("return", id, v.get("version").asInt(), "Thiếu biên bản kiểm tra", "so.yte.hue");
        v = write(kheTre, "15.1", Map.of("value", "97", "version", version(id))).get("value");
        v = review("submit", id, version(id), null, "xa.khetre");
        review("verify", id, version(id), null, "so.yte.hue");

        // entry closed: a change asked for, approved by the leader; entry opened again
        String periods = "/entry-periods/" + SET + "/2025";
        form(post(periods + "/" + hue).param("open", "false").param("reason", "Chốt số liệu năm 2025"), "tinh.hue");
        long request = write(kheTre, "15.2", Map.of("value", "Đạt", "changeReason", "Bổ sung sau khi chốt"))
                .get("pendingRequestId")
                .asLong();
        form(
                post("/change-requests/" + kheTre + "/" + request)
                        .param("action", "approve")
                        .param("note", "Đồng ý"),
                "lanhdao.khetre");
        form(post(periods + "/" + hue).param("open", "true").param("reason", "Mở lại cho xã bổ sung"), "tinh.hue");

        // a user, a body, a unit attribute and a provincial threshold changed on their screens
        long camTrung = jdbc.sql("select id from app_user where username = 'xa.camtrung'")
                .query(Long.class)
                .single();
        form(
                post("/admin/users/" + camTrung)
                        .param("role", "COMMUNE_LEADER")
                        .param("unitCode", "18742")
                        .param("enabled", "true")
                        .param("version", "0")
                        .param("reason", "Bầu làm Chủ tịch"),
                "admin");
        var body = jdbc.sql("select id, body_type, version from body where unit_id = ? order by id limit 1")
                .param(kheTre)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})
                .single();
        form(
                post("/admin/bodies/" + body[0])
                        .param("version", String.valueOf(body[2]))
                        .param("bodyType", (String) body[1])
                        .param("name", "Tên mới của cơ quan")
                        .param("active", "true")
                        .param("reason", "Đổi tên theo quyết định"),
                "tinh.hue");
        var attribute = jdbc.sql("""
                        select id, version from unit_attribute where unit_id = ? and attribute = 'ESPECIALLY_DIFFICULT'""")
                .param(thuongLo)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .single();
        form(
                post("/admin/units/" + thuongLo + "/attributes/" + attribute[0])
                        .param("value", "false")
                        .param("validFrom", "1/11/2024")
                        .param("lastDay", "30/6/2025")
                        .param("legalBasis", "QĐ 861/QĐ-TTg")
                        .param("version", String.valueOf(attribute[1]))
                        .param("reason", "Ra khỏi danh sách"),
                "admin");
        long overlay = jdbc.sql("select id from criteria_overlay where decision like 'DEMO-TTH%' order by id limit 1")
                .query(Long.class)
                .single();
        var threshold = jdbc.sql("""
                        select t.id, t.version from threshold t join indicator i on i.id = t.indicator_id
                        where t.overlay_id = ? and i.code = '2.1'""")
                .param(overlay)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .single();
        form(
                post("/catalog/overlays/" + overlay + "/thresholds/" + threshold[0])
                        .param("value", "96")
                        .param("source", "DEMO - Quyết định sửa đổi (minh họa)")
                        .param("sourceDate", "15/03/2026")
                        .param("version", String.valueOf(threshold[1]))
                        .param("reason", "Theo nghị quyết tỉnh"),
                "admin");

        String base = "/assessments/" + kheTre + "/" + SET + "/2025/values/";
        Map<String, String[]> screens = new LinkedHashMap<>();
        screens.put(base + "15.1", new String[] {
            "xa.khetre",
            "Tạo giá trị",
            "Sửa giá trị",
            "Thêm minh chứng",
            "Gửi thẩm định",
            "Trả lại",
            "Xác nhận",
            "Bản nháp",
            "Đã gửi",
            "Bị trả lại",
            "Đã xác nhận",
            "Thiếu biên bản kiểm tra",
            "96,5",
            "Ghi chú",
            "Theo sổ BHYT",
            "bienban.pdf"
        });
        screens.put(base + "15.2", new String[] {
            "xa.khetre", "Đề nghị thay đổi", "Duyệt đề nghị", "Chờ duyệt", "Đã duyệt", "Bổ sung sau khi chốt", "Đạt"
        });
        screens.put("/change-requests/" + kheTre, new String[] {"lanhdao.khetre", "Đề nghị thay đổi", "Duyệt đề nghị"});
        screens.put(periods, new String[] {
            "tinh.hue",
            "Khóa nhập kết quả",
            "Mở nhập kết quả",
            "Thành phố Huế",
            "Đang mở",
            "Đã khóa",
            "Chốt số liệu năm 2025"
        });
        screens.put("/admin/users/" + camTrung, new String[] {
            "admin", "Tạo người dùng", "Sửa người dùng", "Vai trò", "Cán bộ xã", "Lãnh đạo xã", "Dữ liệu mẫu"
        });
        screens.put(
                "/admin/bodies/" + body[0] + "/edit",
                new String[] {"tinh.hue", "Sửa cơ quan", "Tên", "Tên mới của cơ quan", "Đổi tên theo quyết định"});
        screens.put(
                "/admin/units/" + thuongLo + "/attributes/" + attribute[0],
                new String[] {"admin", "Sửa thuộc tính", "Đặc biệt khó khăn / an toàn khu", "Ra khỏi danh sách"});
        screens.put("/catalog/overlays/" + overlay, new String[] {
            "admin", "Nạp bộ tiêu chí của tỉnh", "Sửa ngưỡng", "Giá trị", "Nguồn", "Đã xác minh", "Theo nghị quyết tỉnh"
        });

        Set<String> codes = AuditKeysTest.rawCodes();
        List<String> failures = new ArrayList<>();
        for (var screen : screens.entrySet()) {
            String user = screen.getValue()[0];
            for (String lang : List.of("vi", "en")) {
                String where = screen.getKey() + " (" + lang + ")";
                List<String> trails = trails(api.page(screen.getKey(), user, lang));
                if (trails.isEmpty()
                        || trails.stream()
                                .allMatch(t -> t.contains("Chưa có thay đổi") || t.contains("No change yet"))) {
                    failures.add(where + ": no history shown");
                    continue;
                }
                String text = String.join(" | ", trails);
                for (String code : codes) {
                    if (Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(code) + "(?![\\p{L}\\d_])")
                            .matcher(text)
                            .find()) {
                        failures.add(where + ": raw code " + code + " in: " + text);
                    }
                }
                if (text.matches(".*\\d{2}:\\d{2}.*") && !text.matches(".*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*")) {
                    failures.add(where + ": a time not written dd/MM/yyyy HH:mm: " + text);
                }
                if (lang.equals("vi")) {
                    for (int i = 1; i < screen.getValue().length; i++) {
                        if (!text.contains(screen.getValue()[i])) {
                            failures.add(where + ": missing \"" + screen.getValue()[i] + "\" in: " + text);
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    int version(long id) {
        return jdbc.sql("select version from assessment_value where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    /** The codes the test looks for are the ones the product records: the check cannot pass by looking for none. */
    @Test
    void the_raw_codes_looked_for_include_the_actions_states_and_field_names_the_product_records() throws Exception {
        Set<String> codes = new TreeSet<>(AuditKeysTest.rawCodes());
        assertThat(codes)
                .contains(
                        "CREATE",
                        "UPDATE",
                        "SUBMITTED",
                        "RETURNED",
                        "VERIFIED",
                        "DRAFT",
                        "PENDING",
                        "APPROVE",
                        "CLOSE",
                        "COMMUNE_OFFICER",
                        "ESPECIALLY_DIFFICULT",
                        "notEvaluated",
                        "returnReason",
                        "unitId",
                        "legalBasis",
                        "true",
                        "false",
                        "assessment_value");
    }
}
