package vn.ntm.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.access.DemoUsers;
import vn.ntm.assessment.results.WorkSummary;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.VietnameseDates;

/**
 * The home page leads each role to its work, and the pages reached without a set and year open where the one rule
 * says, with a notice saying why, on the demo data: the set in force (2026-2030) has no indicators, so the latest set
 * and year with values (2024, Thượng Lộ) or, for a unit without values, its latest year (2025).
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=home_defaults")
class HomeAndDefaultsTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String NEXT = "NTM-XA-2026-2030";
    static final String NO_INDICATORS = "Bộ tiêu chí đang áp dụng (NTM-XA-2026-2030) chưa có chỉ tiêu nào";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void inTheSetInForce() {
        int year = LocalDate.now(VietnameseDates.ZONE).getYear();
        Assumptions.assumeTrue(year >= 2026 && year <= 2030, "the demo's set in force is NTM-XA-2026-2030");
        api = new Api(mvc);
    }

    MvcResult opened(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    String html(String url, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    Map<String, Object> model(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel();
    }

    static String notice(MvcResult result) {
        return (String) result.getFlashMap().get("defaultNotice");
    }

    @Test
    void default_views_open_on_the_latest_set_and_year_with_values_and_say_why() throws Exception {
        long thuongLo = api.unitId(DemoPlaces.THUONG_LO);
        long kheTre = api.unitId(DemoPlaces.KHE_TRE);
        long thuaThienHue = api.unitId(DemoPlaces.THUA_THIEN_HUE);
        long hue = api.unitId(DemoPlaces.HUE);

        MvcResult year = opened("/assessments/" + thuongLo, "xa.thuonglo");
        assertThat(year.getResponse().getRedirectedUrl()).isEqualTo("/assessments/" + thuongLo + "/" + SET + "/2024");
        assertThat(notice(year))
                .isEqualTo(
                        "Xã Thượng Lộ không còn hiệu lực trong giai đoạn của bộ tiêu chí đang áp "
                                + "dụng (NTM-XA-2026-2030), nên trang mở năm 2024 của bộ NTM-XA-2021-2025: năm gần nhất có số liệu.");
        // the redirect is followed as a browser does: with the session (in the database) that holds the notice
        Cookie session = year.getResponse().getCookie("SESSION");
        assertThat(session).as("the notice waits in the session").isNotNull();
        String page = HtmlUtils.htmlUnescape(mvc.perform(get(year.getResponse().getRedirectedUrl())
                        .cookie(session)
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains(notice(year), "đạt 17/19 tiêu chí");

        MvcResult merged = opened("/assessments/" + kheTre, "xa.khetre");
        assertThat(merged.getResponse().getRedirectedUrl()).isEqualTo("/assessments/" + kheTre + "/" + SET + "/2025");
        assertThat(notice(merged)).startsWith(NO_INDICATORS).contains("Xã Khe Tre chưa có số liệu nào", "năm 2025");

        assertThat(opened("/overview/" + thuaThienHue, "tinh.hue").getResponse().getRedirectedUrl())
                .isEqualTo("/overview/" + thuaThienHue + "/" + SET + "/2024");
        MvcResult province = opened("/overview/" + hue, "tinh.hue");
        assertThat(province.getResponse().getRedirectedUrl()).isEqualTo("/overview/" + hue + "/" + SET + "/2025");
        assertThat(notice(province)).startsWith(NO_INDICATORS);
        // screens of work look at the values the caller may change: Huế's own units have none yet (2024 sits
        // under the former province, which Huế's officers only read), so the latest year that can be entered
        for (String screen : List.of("/agency", "/entry-periods", "/exchange")) {
            MvcResult opened = opened(screen, "tinh.hue");
            assertThat(opened.getResponse().getRedirectedUrl()).as(screen).isEqualTo(screen + "/" + SET + "/2025");
            assertThat(notice(opened))
                    .as(screen)
                    .isEqualTo(NO_INDICATORS + " và trong phạm vi của bạn chưa có số "
                            + "liệu nào, nên trang mở năm 2025 của bộ NTM-XA-2021-2025, năm gần nhất có thể nhập.");
        }
        // the administrator changes everything: the latest values, 2024
        MvcResult national = opened("/exchange", "admin");
        assertThat(national.getResponse().getRedirectedUrl()).isEqualTo("/exchange/" + SET + "/2024");
        assertThat(notice(national))
                .isEqualTo(NO_INDICATORS + ", nên trang mở năm 2024 của bộ NTM-XA-2021-2025: năm gần nhất có số liệu.");
    }

    @Test
    void year_switchers_list_only_the_years_of_the_set_being_read_and_one_link_to_the_other_set() throws Exception {
        for (String screen : List.of("/agency/", "/entry-periods/", "/exchange/")) {
            String page = html(screen + SET + "/2024", "tinh.hue");
            Matcher links = Pattern.compile("href=\"" + Pattern.quote(screen) + "(NTM-XA-\\d{4}-\\d{4})/(\\d{4})")
                    .matcher(page.substring(
                            page.indexOf("class=\"years\""), page.indexOf("</nav>", page.indexOf("class=\"years\""))));
            List<String> years = new ArrayList<>();
            while (links.find()) {
                years.add(links.group(1) + " " + links.group(2));
            }
            assertThat(years)
                    .as(screen)
                    .containsExactly(
                            SET + " 2021", SET + " 2022", SET + " 2023", SET + " 2024", SET + " 2025", NEXT + " 2026");
            assertThat(page).as(screen).contains("Bộ NTM-XA-2026-2030 (năm 2026)");
        }
    }

    @Test
    void a_commune_officer_with_everything_sent_is_led_to_the_year_page() throws Exception {
        long thuongLo = api.unitId(DemoPlaces.THUONG_LO);
        Map<String, Object> before = model("/", "xa.thuonglo");
        WorkSummary.Commune commune = (WorkSummary.Commune) before.get("commune");
        assertThat(commune.standing().summary()).isEqualTo("đạt 17/19 tiêu chí");
        assertThat(commune.missing()).isZero();
        assertThat(commune.returnedCount()).isZero();
        assertThat(((HomePage.Target) before.get("year")).href())
                .isEqualTo("/assessments/" + thuongLo + "/" + SET + "/2024");
        assertThat(html("/", "xa.thuonglo")).contains("Mọi chỉ tiêu đã có số liệu và đã gửi thẩm định.");
    }

    @Test
    void a_merged_commune_sees_what_is_missing_and_its_leader_the_changes_awaiting_approval() throws Exception {
        long kheTre = api.unitId(DemoPlaces.KHE_TRE);
        long hue = api.unitId(DemoPlaces.HUE);
        String officer = html("/", "xa.khetre");
        assertThat(officer)
                .contains(
                        "Việc của Xã Khe Tre năm 2025",
                        "Còn 57 chỉ tiêu chưa có số liệu",
                        "href=\"/assessments/" + kheTre + "/" + SET + "/2025/criteria/1#i-1.1\"",
                        "và 52 chỉ tiêu khác")
                .doesNotContain("đề nghị thay đổi");
        assertThat(html("/", "lanhdao.khetre")).contains("Không có đề nghị thay đổi nào chờ duyệt");

        String periods = "/entry-periods/" + SET + "/2025/" + hue;
        mvc.perform(post(periods)
                        .param("open", "false")
                        .param("reason", "Chốt số liệu")
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        try {
            api.call(
                    Api.json(
                            put("/api/v1/assessments/" + kheTre + "/" + SET + "/2025/values/15.1"),
                            Map.of("value", "96", "changeReason", "Bổ sung")),
                    "xa.khetre",
                    status().isOk());
            assertThat(html("/", "lanhdao.khetre"))
                    .contains("Có 1 đề nghị thay đổi chờ bạn duyệt", "href=\"/change-requests\"");
        } finally {
            mvc.perform(post(periods)
                    .param("open", "true")
                    .param("reason", "Mở lại")
                    .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                    .with(csrf()));
        }
    }

    @Test
    void an_agency_officer_is_led_to_the_values_awaiting_verification() throws Exception {
        // the former province's 2024 values are only read by Huế's department: nothing of them to verify
        String home = html("/", "so.yte.hue");
        assertThat(home)
                .contains("Giá trị chờ thẩm định", "href=\"/agency/" + SET + "/2025\"", NO_INDICATORS)
                .doesNotContain("Việc của", "Tổng hợp của");
        assertThat(api.page("/", "so.yte.hue", "en"))
                .contains("Values awaiting verification", "Open the verification list");
    }

    @Test
    void a_province_officer_is_led_to_the_province_view_and_to_where_the_latest_values_are() throws Exception {
        long hue = api.unitId(DemoPlaces.HUE);
        long thuaThienHue = api.unitId(DemoPlaces.THUA_THIEN_HUE);
        String home = html("/", "tinh.hue");
        assertThat(home)
                .contains(
                        "Tổng hợp của Thành phố Huế",
                        "href=\"/overview/" + hue + "/" + SET + "/2025\"",
                        "Thành phố Huế chưa có số liệu nào",
                        "Số liệu gần nhất trong phạm vi của bạn: năm 2024, bộ NTM-XA-2021-2025",
                        "href=\"/overview/" + thuaThienHue + "/" + SET + "/2024\"",
                        "Tỉnh Thừa Thiên Huế: 1 xã có số liệu",
                        "href=\"/entry-periods\"",
                        "href=\"/exchange\"");
        long laiChau = api.unitId(DemoPlaces.LAI_CHAU);
        assertThat(html("/", "xem.laichau"))
                .contains("Tổng hợp của Tỉnh Lai Châu", "href=\"/overview/" + laiChau + "/" + SET + "/2025\"")
                .doesNotContain("href=\"/entry-periods\"");
    }

    @Test
    void an_administrator_is_led_to_the_country_and_the_administration() throws Exception {
        String home = html("/", "admin");
        assertThat(home)
                .contains(
                        "Cả nước",
                        "href=\"/units\"",
                        "5 tỉnh, thành phố đang có hiệu lực",
                        "Tỉnh Lai Châu",
                        "Thành phố Huế",
                        "href=\"/admin/users\"",
                        "href=\"/catalog\"",
                        "href=\"/entry-periods\"",
                        "href=\"/exchange\"",
                        "Tỉnh Thừa Thiên Huế: 1 xã có số liệu");
    }
}
