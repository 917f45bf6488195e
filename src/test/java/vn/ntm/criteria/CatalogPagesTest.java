package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;

/** Browsing sets, comparing two, and editing a provincial threshold with its source: audited and re-judged. */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=catalog_pages")
class CatalogPagesTest {

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

    @Test
    void the_catalog_shows_the_sets_what_is_not_configured_or_unverified_and_compares_two_sets() throws Exception {
        assertThat(page("/catalog", "xa.thuonglo"))
                .contains(
                        "NTM-XA-2021-2025",
                        "NTM-XA-2026-2030",
                        "19 tiêu chí, 57 chỉ tiêu đã nạp",
                        "10 tiêu chí, 0 chỉ tiêu đã nạp",
                        "DEMO-TTH/2022",
                        "DỮ LIỆU MẪU");
        assertThat(page("/catalog/sets/NTM-XA-2021-2025", "xa.thuonglo"))
                .contains("TDMNPB: 50", "DBSH: 70", "Chưa cấu hình ngưỡng", "(nội dung chưa đối chiếu văn bản)", "≤ %");
        assertThat(page("/catalog/compare?a=NTM-XA-2021-2025&b=NTM-XA-2026-2030", "xa.thuonglo"))
                .contains("1. Quy hoạch", "2. Giao thông", "2. Hạ tầng kinh tế - xã hội", "0 chỉ tiêu");
    }

    @Test
    void an_administrator_changes_a_provincial_threshold_with_its_source_and_the_communes_are_re_judged()
            throws Exception {
        long overlay = jdbc.sql("select id from criteria_overlay where decision like 'DEMO-TTH%'")
                .query(Long.class)
                .single();
        var threshold = jdbc.sql("""
                        select t.id, t.version from threshold t join indicator i on i.id = t.indicator_id
                        where t.overlay_id = ? and i.code = '2.1'""")
                .param(overlay)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .single();
        String url = "/catalog/overlays/" + overlay + "/thresholds/" + threshold[0];
        assertThat(metCount()).isEqualTo(17);

        mvc.perform(post(url)
                        .param("value", "96")
                        .param("source", "DEMO - Quyết định sửa đổi (minh họa)")
                        .param("version", String.valueOf(threshold[1]))
                        .param("reason", "Nâng mức theo nghị quyết tỉnh")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("saved", Matchers.containsString("Đã lưu ngưỡng")));
        assertThat(metCount()).as("Thượng Lộ's 95% no longer meets 2.1").isEqualTo(16);
        assertThat(jdbc.sql("""
                        select new_value || ' / ' || reason from audit_log
                        where entity_type = 'threshold' and entity_id = ? and field = 'value'""").param(threshold[0]).query(String.class).single())
                .isEqualTo("96 / Nâng mức theo nghị quyết tỉnh");

        mvc.perform(post(url)
                        .param("value", "50")
                        .param("source", "x")
                        .param("reason", "y")
                        .param("version", String.valueOf(threshold[1]))
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("error", Matchers.containsString("đã được admin sửa")));
        mvc.perform(post(url)
                        .param("value", "50")
                        .param("source", "x")
                        .param("reason", "y")
                        .param("version", String.valueOf(threshold[1] + 1))
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("error", Matchers.containsString("Chỉ quản trị viên hoặc cán bộ")));

        mvc.perform(post(url)
                        .param("value", "70")
                        .param("source", "DỮ LIỆU MẪU - giá trị minh họa")
                        .param("version", String.valueOf(threshold[1] + 1))
                        .param("reason", "Trả lại giá trị mẫu")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("saved", Matchers.containsString("Đã lưu ngưỡng")));
        assertThat(metCount()).isEqualTo(17);
    }

    private int metCount() {
        return jdbc.sql("""
                        select r.met_count from unit_result r join admin_unit u on u.id = r.unit_id
                        where u.code = '20185' and r.year = 2024""").query(Integer.class).single();
    }
}
