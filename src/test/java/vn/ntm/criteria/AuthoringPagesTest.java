package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;

/**
 * The authoring screens as a browser posts them: an indicator added to a 2026-2030 criterion with a group
 * threshold; a refused form shown again as typed with the exact Vietnamese error beside its field and nothing
 * stored; an edit over someone else's refused; the screens closed to others than administrators; a province
 * officer's new overlay and the body assigned to a criterion.
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=authoring_pages")
class AuthoringPagesTest {

    static final String NEXT = "NTM-XA-2026-2030";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The form as the add page posts it: the every-group row, groups 1-3, then the free row for a year. */
    static MockHttpServletRequestBuilder form(String url, String code, String group2, Integer version) {
        MockHttpServletRequestBuilder request = post(url)
                .param("criterion", "5")
                .param("code", code)
                .param("textVi", "Tỷ lệ người dân tham gia bảo hiểm y tế (kiểm thử)")
                .param("kind", "MEASURED")
                .param("measureUnit", "%")
                .param("comparison", "GE")
                .param("minValue", "0")
                .param("maxValue", "100")
                .param("source", "Quyết định 51/2025/QĐ-TTg (kiểm thử)")
                .param("sourceDate", "29/12/2025")
                .param("reason", "Theo quyết định");
        String[] keys = {"*", "1", "2", "3"};
        for (int n = 0; n < keys.length; n++) {
            request.param("thresholds[" + n + "].key", keys[n])
                    .param("thresholds[" + n + "].existing", "false")
                    .param("thresholds[" + n + "].value", keys[n].equals("2") ? group2 : "");
        }
        request.param("thresholds[4].key", "1")
                .param("thresholds[4].year", "2027")
                .param("thresholds[4].existing", "false")
                .param("thresholds[4].value", "");
        if (version != null) {
            request.param("version", String.valueOf(version));
        }
        return request.with(httpBasic("admin", DemoUsers.PASSWORD)).with(csrf());
    }

    long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }

    @Test
    void an_administrator_adds_an_indicator_with_a_group_threshold_and_a_wrong_form_comes_back_as_typed()
            throws Exception {
        assertThat(page("/catalog/sets/" + NEXT + "/indicators/new?criterion=5", "admin"))
                .contains(
                        "Thêm chỉ tiêu vào bộ NTM-XA-2026-2030", "Ngưỡng – Xã nhóm 2", "Thêm ngưỡng riêng cho một năm");
        long before = count("select count(*) from indicator") + count("select count(*) from threshold");
        String refused = mvc.perform(form("/catalog/sets/" + NEXT + "/indicators", "5.41", "120", null))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains(
                        "Chỉ tiêu 5.41 tính bằng %: giá trị 120 phải từ 0 đến 100.",
                        "value=\"120\"", "value=\"5.41\"", "Quyết định 51/2025/QĐ-TTg (kiểm thử)");
        assertThat(count("select count(*) from indicator") + count("select count(*) from threshold"))
                .as("nothing stored")
                .isEqualTo(before);

        mvc.perform(form("/catalog/sets/" + NEXT + "/indicators", "5.41", "90", null))
                .andExpect(redirectedUrlPattern("/catalog/sets/" + NEXT + "*"))
                .andExpect(flash().attribute("saved", "Đã thêm chỉ tiêu 5.41."));
        long id = count(
                "select i.id from indicator i join criteria_set s on s.id = i.set_id where s.code = ?"
                        + " and i.code = '5.41'",
                NEXT);
        assertThat(jdbc.sql("select key || ' ' || value || ' ' || entered_by from threshold where indicator_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("2 90 admin");
        assertThat(page("/catalog/indicators/" + id, "admin"))
                .contains("Sửa chỉ tiêu 5.41", "value=\"90\"", "Nhập bởi admin");
    }

    @Test
    void an_edit_over_someone_elses_is_refused_on_the_page_and_only_administrators_author_indicators()
            throws Exception {
        mvc.perform(form("/catalog/sets/" + NEXT + "/indicators", "5.42", "90", null))
                .andExpect(status().is3xxRedirection());
        long id = count(
                "select i.id from indicator i join criteria_set s on s.id = i.set_id where s.code = ?"
                        + " and i.code = '5.42'",
                NEXT);
        mvc.perform(form("/catalog/indicators/" + id, "5.42", "91", 0)).andExpect(status().is3xxRedirection());
        String stale = mvc.perform(form("/catalog/indicators/" + id, "5.42", "92", 0))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("Bản ghi đã được admin sửa ngày", "(phiên bản của bạn 0, hiện tại 1)");
        assertThat(jdbc.sql("select value from threshold where indicator_id = ?")
                        .param(id)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("91");

        mvc.perform(get("/catalog/sets/" + NEXT + "/indicators/new").with(httpBasic("tinh.hue", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/catalog/sets/" + NEXT + "/indicators")
                        .param("code", "5.43")
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(page("/catalog/sets/" + NEXT, "tinh.hue"))
                .doesNotContain("Thêm chỉ tiêu vào tiêu chí", "Sửa chỉ tiêu");
    }

    @Test
    void a_province_officer_creates_the_provinces_overlay_and_assigns_the_body_of_a_criterion() throws Exception {
        assertThat(page("/catalog/overlays/new?set=" + NEXT, "tinh.hue"))
                .contains("Thêm bộ tiêu chí của tỉnh", "Thành phố Huế");
        String refused = mvc.perform(post("/catalog/overlays")
                        .param("set", NEXT)
                        .param("decision", "")
                        .param("validFrom", "1/1/2026")
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Hãy ghi số quyết định của tỉnh ban hành bộ tiêu chí.");
        assertThat(count(
                        "select count(*) from criteria_overlay o join criteria_set s on s.id = o.set_id"
                                + " where s.code = ?",
                        NEXT))
                .isZero();
        String location = mvc.perform(post("/catalog/overlays")
                        .param("set", NEXT)
                        .param("decision", "Quyết định kiểm thử 12/QĐ-UBND")
                        .param("decisionDate", "01/03/2026")
                        .param("validFrom", "1/1/2026")
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long overlay = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page(location, "tinh.hue"))
                .contains(
                        "Quyết định ngày 01/03/2026.",
                        "Cơ quan phụ trách thẩm định từng tiêu chí",
                        "Chưa giao: áp dụng gợi ý của sản phẩm.");

        mvc.perform(post("/catalog/overlays/" + overlay + "/owners/5")
                        .param("bodyType", "SO_Y_TE")
                        .param("source", "Kế hoạch kiểm thử 454/KH-UBND")
                        .param("sourceDate", "06/04/2023")
                        .param("reason", "Giao theo kế hoạch")
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("saved", "Đã lưu cơ quan phụ trách tiêu chí 5."));
        assertThat(jdbc.sql("select body_type || ' ' || source_document || ' ' || entered_by from overlay_owner"
                                + " where overlay_id = ?")
                        .param(overlay)
                        .query(String.class)
                        .single())
                .isEqualTo("SO_Y_TE Kế hoạch kiểm thử 454/KH-UBND tinh.hue");
        mvc.perform(post("/catalog/overlays/" + overlay + "/owners/5")
                        .param("bodyType", "SO_XAY_DUNG")
                        .param("source", "x")
                        .param("reason", "y")
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("error", Matchers.startsWith("Bản ghi đã được tinh.hue sửa ngày")));
    }
}
