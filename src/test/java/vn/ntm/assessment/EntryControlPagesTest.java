package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * The province officer closes entry on a screen; a commune officer's later change waits; the commune leader sees
 * it on a screen and approves it, and the value is written; nobody else can do either.
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=entry_pages")
class EntryControlPagesTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String PERIODS = "/entry-periods/" + SET + "/2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String page(String url, String user, String lang) throws Exception {
        return new Api(mvc).page(url, user, lang);
    }

    @Test
    void closing_entry_then_approving_a_late_change_on_the_screens() throws Exception {
        Api api = new Api(mvc);
        long kheTre = api.unitId("20161", null);
        long hue = api.unitId(DemoPlaces.HUE);
        assertThat(page(PERIODS, "tinh.hue", "vi"))
                .contains("Nhập kết quả NTM-XA-2021-2025 năm 2025", "Thành phố Huế", "Đang mở nhập", "Khóa nhập");
        assertThat(page(PERIODS, "tinh.hue", "en")).contains("Open for entry", "Close entry");
        assertThat(page(PERIODS, "xa.khetre", "vi"))
                .contains("Chỉ cán bộ cấp tỉnh hoặc quản trị hệ thống được mở, khóa việc nhập kết quả.")
                .doesNotContain("Khóa nhập</button>");

        mvc.perform(post(PERIODS + "/" + hue)
                        .param("open", "false")
                        .param("reason", "Chốt số liệu năm 2025")
                        .with(httpBasic("xa.khetre", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("error", Matchers.notNullValue()));
        assertThat(open(hue)).as("a commune officer cannot close entry").isNull();
        mvc.perform(post(PERIODS + "/" + hue)
                        .param("open", "false")
                        .param("reason", "Chốt số liệu năm 2025")
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(redirectedUrl(PERIODS))
                .andExpect(flash().attribute("saved", "Đã khóa việc nhập kết quả NTM-XA-2021-2025 năm 2025."));
        assertThat(open(hue)).isFalse();
        assertThat(page(PERIODS, "tinh.hue", "vi")).contains("Đã khóa nhập", "tinh.hue, ", "Mở lại");
        assertThat(jdbc.sql("select reason from audit_log where entity_type = 'entry_period' and action = 'CLOSE'")
                        .query(String.class)
                        .list())
                .as("one row per field changed")
                .containsOnly("Chốt số liệu năm 2025");
        try {
            String reason = "Bổ sung số liệu bảo hiểm y tế tháng 12";
            long request = api.call(
                            Api.json(
                                    put("/api/v1/assessments/" + kheTre + "/" + SET + "/2025/values/15.1"),
                                    Map.of("value", "96", "changeReason", reason)),
                            "xa.khetre",
                            status().isOk())
                    .get("pendingRequestId")
                    .asLong();

            mvc.perform(get("/change-requests").with(httpBasic("lanhdao.khetre", DemoUsers.PASSWORD)))
                    .andExpect(redirectedUrl("/change-requests/" + kheTre));
            String list = "/change-requests/" + kheTre;
            assertThat(page(list, "lanhdao.khetre", "vi"))
                    .contains(
                            "Yêu cầu thay đổi chờ duyệt: Xã Khe Tre",
                            "15.1",
                            reason,
                            "xa.khetre",
                            ">96<",
                            "Duyệt",
                            "Từ chối");
            assertThat(page(list, "xa.khetre", "vi"))
                    .as("the officer sees the request but cannot approve it")
                    .contains(reason)
                    .doesNotContain(">Duyệt<");
            assertThat(page(list, "lanhdao.khetre", "en")).contains("Change requests awaiting approval", "Approve");
            mvc.perform(get(list).with(httpBasic("xa.talen", DemoUsers.PASSWORD)))
                    .andExpect(status().isForbidden());

            mvc.perform(post(list + "/" + request)
                            .param("action", "approve")
                            .param("note", "Đồng ý")
                            .with(httpBasic("xa.khetre", DemoUsers.PASSWORD))
                            .with(csrf()))
                    .andExpect(flash().attribute(
                                    "error",
                                    "Chỉ lãnh đạo xã hoặc quản trị viên (cán bộ tỉnh khi xã không có lãnh đạo nào khác "
                                            + "người đề nghị) được phê duyệt thay đổi sau khi đóng kỳ nhập."));
            assertThat(stored(kheTre))
                    .as("nothing written by a refused approval")
                    .isNull();
            mvc.perform(post(list + "/" + request)
                            .param("action", "approve")
                            .param("note", "Đồng ý")
                            .with(httpBasic("lanhdao.khetre", DemoUsers.PASSWORD))
                            .with(csrf()))
                    .andExpect(flash().attribute("saved", "Đã duyệt yêu cầu số " + request + ": giá trị đã được ghi."));
            assertThat(stored(kheTre)).isEqualByComparingTo("96");
            assertThat(page(list, "lanhdao.khetre", "vi")).contains("Không có yêu cầu nào chờ duyệt.");
        } finally {
            mvc.perform(post(PERIODS + "/" + hue)
                    .param("open", "true")
                    .param("reason", "Mở lại")
                    .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                    .with(csrf()));
        }
        assertThat(open(hue)).isTrue();
    }

    private Boolean open(long province) {
        return jdbc.sql("select open from entry_period where province_unit_id = ? and year = 2025")
                .param(province)
                .query(Boolean.class)
                .optional()
                .orElse(null);
    }

    private BigDecimal stored(long unit) {
        return jdbc.sql("""
                        select v.numeric_value from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and v.year = 2025 and i.code = '15.1'""").param(unit).query(BigDecimal.class).optional().orElse(null);
    }
}
