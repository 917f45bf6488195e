package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * The working screens over a slow line: htmx (served from the application, no CDN) asks for the part of a page
 * that changes and gets only that, a plain request gets the whole page; the year / set switcher keeps the place.
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=working_screens")
class WorkingScreensTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String NEXT_SET = "NTM-XA-2026-2030";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long thuongLo() throws Exception {
        return new Api(mvc).unitId(DemoPlaces.THUONG_LO);
    }

    long kheTre() throws Exception {
        return new Api(mvc).unitId(DemoPlaces.KHE_TRE);
    }

    String page(String url, String user) throws Exception {
        return new Api(mvc).page(url, user, "vi");
    }

    String send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.param("lang", "vi").with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", Matchers.containsString("HX-Request")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    int version(long unit, String code) {
        return jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2024""").params(unit, code).query(Integer.class).single();
    }

    @Test
    void the_page_loads_htmx_from_the_application_itself_and_the_file_is_served_as_javascript() throws Exception {
        String year = page("/assessments/" + thuongLo() + "/" + SET + "/2024", "xa.thuonglo");
        Matcher script = Pattern.compile(
                        "<script defer src=\"(/webjars/htmx\\.org/[^\"]+/htmx\\.min-[0-9a-f]{32}\\.js)\"")
                .matcher(year);
        assertThat(script.find())
                .as("htmx script tag in %s", year.substring(0, 600))
                .isTrue();
        String body = mvc.perform(get(script.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("htmx");
        assertThat(year).doesNotContain("unpkg.com", "cdn.jsdelivr");
    }

    @Test
    void saving_a_criterion_through_htmx_answers_with_the_standing_and_the_indicators_only() throws Exception {
        long id = thuongLo();
        String url = "/assessments/" + id + "/" + SET + "/2024/criteria/15";
        String whole = send(get(url), "xa.thuonglo");
        assertThat(whole)
                .contains("<html", "class=\"years\"", "id=\"entry\"", "hx-post=\"" + url + "\"", "id=\"i-15.4\"");
        // The page sends back what it showed, so only what the user changed is saved.
        assertThat(whole).contains("name=\"orig_15.4\" value=\"20\"", "name=\"orig_15.2\" value=\"Đạt\"");
        String part = send(htmx(get(url)), "xa.thuonglo");
        assertThat(part)
                .startsWith("<div id=\"entry\"")
                .contains("đạt 17/19 tiêu chí", "name=\"value_15.4\"")
                .doesNotContain("<html", "<header", "class=\"years\"");

        String saved = send(
                htmx(post(url))
                        .with(csrf())
                        .param("value_15.4", "55")
                        .param("orig_15.4", "20")
                        .param("version_15.4", String.valueOf(version(id, "15.4")))
                        .param("value_15.1", "abc")
                        .param("orig_15.1", "95")
                        .param("version_15.1", String.valueOf(version(id, "15.1"))),
                "xa.thuonglo");
        assertThat(saved)
                .startsWith("<div id=\"entry\"")
                .doesNotContain("<html")
                .contains("Đã lưu 1 chỉ tiêu", "đạt 18/19 tiêu chí", "id=\"error-15.1\"", "không phải là số");
        // The refused value stays beside its indicator as typed, and the cursor goes back to it.
        assertThat(saved).containsPattern("id=\"value-15.1\" name=\"value_15.1\"[^>]*value=\"abc\"[^>]*autofocus");

        String clash = send(
                htmx(post(url))
                        .with(csrf())
                        .param("value_15.4", "60")
                        .param("orig_15.4", "20")
                        .param("version_15.4", String.valueOf(version(id, "15.4") - 1)),
                "xa.thuonglo");
        assertThat(clash)
                .startsWith("<div id=\"entry\"")
                .contains("đã sửa giá trị thành &quot;55&quot;", "bạn nhập &quot;60&quot;", "Chưa lưu chỉ tiêu nào");

        String back = send(
                post(url)
                        .with(csrf())
                        .param("value_15.4", "20")
                        .param("orig_15.4", "55")
                        .param("version_15.4", String.valueOf(version(id, "15.4"))),
                "xa.thuonglo");
        assertThat(back).contains("<html", "đạt 17/19 tiêu chí");
    }

    @Test
    void htmx_restoring_a_page_from_history_gets_the_whole_page() throws Exception {
        String url = "/assessments/" + thuongLo() + "/" + SET + "/2024/criteria/15";
        assertThat(send(htmx(get(url)).header("HX-History-Restore-Request", "true"), "xa.thuonglo"))
                .contains("<html", "class=\"years\"");
    }

    @Test
    void switching_year_or_set_on_a_criterion_keeps_the_criterion_or_says_why_it_cannot() throws Exception {
        long id = kheTre();
        String base = "/assessments/" + id + "/";
        String health = page(base + SET + "/2025/criteria/15", "xa.khetre");
        assertThat(health)
                .contains("href=\"" + base + NEXT_SET + "/2026?missingCriterion=15&amp;from=" + SET + "\"")
                .as("Khe Tre is in force from 7/2025")
                .doesNotContain(base + SET + "/2024/criteria/15");
        long thuongLo = new Api(mvc).unitId(DemoPlaces.THUONG_LO);
        assertThat(page("/assessments/" + thuongLo + "/" + SET + "/2024/criteria/15", "xa.thuonglo"))
                .contains("href=\"/assessments/" + thuongLo + "/" + SET
                        + "/2025/criteria/15\" data-keep-anchor=\"true\"");
        // Quy hoạch is criterion 1 in both sets: the same page in the next set.
        assertThat(page(base + SET + "/2025/criteria/1", "xa.khetre"))
                .contains("href=\"" + base + NEXT_SET + "/2026/criteria/1\"");

        String fallback = page(base + NEXT_SET + "/2026?missingCriterion=15&from=" + SET, "xa.khetre");
        assertThat(fallback)
                .contains("Bộ tiêu chí " + NEXT_SET + " không có tiêu chí 15 “Y tế” của bộ " + SET
                        + ", nên đây là trang kết quả cả năm 2026.");
        assertThat(page(base + NEXT_SET + "/2026?missingCriterion=15&from=nonsense", "xa.khetre"))
                .doesNotContain("không có tiêu chí");
    }

    @Test
    void the_year_page_switcher_links_the_same_page_of_each_year_and_marks_rows_to_come_back_to() throws Exception {
        long id = thuongLo();
        String year = page("/assessments/" + id + "/" + SET + "/2024", "xa.thuonglo");
        assertThat(year)
                .contains(
                        "href=\"/assessments/" + id + "/" + SET + "/2025\" data-keep-anchor=\"true\"",
                        "aria-current=\"page\"",
                        "id=\"i-15.4\"",
                        "/js/keep-place-");
        // Thượng Lộ is in force from 11/2024 to 6/2025 in the imported lists: no link to a year it was not
        assertThat(year).doesNotContain(SET + "/2023\"", NEXT_SET + "/2026");
    }

    long province() throws Exception {
        return new Api(mvc).unitId(DemoPlaces.THUA_THIEN_HUE);
    }

    @Test
    void the_province_filters_through_htmx_answer_with_the_list_and_a_switcher_that_keeps_the_filters()
            throws Exception {
        long province = province();
        String url = "/overview/" + province + "/" + SET + "/2024";
        String whole = send(get(url).param("unmet", "15.4"), "tinh.hue");
        assertThat(whole)
                .contains(
                        "<html",
                        "hx-get=\"" + url + "\"",
                        "hx-push-url=\"true\"",
                        "id=\"results\"",
                        "Xã Thượng Lộ",
                        "Hiển thị 1/");

        String part = send(htmx(get(url)).param("unmet", "15.4").param("sort", "metDesc"), "tinh.hue");
        assertThat(part)
                .startsWith("<div id=\"results\"")
                .doesNotContain("<html", "<form")
                .contains("Xã Thượng Lộ", "Hiển thị 1/", "id=\"overview-years\" hx-swap-oob=\"true\"")
                .contains("href=\"/overview/" + province + "/" + SET + "/2025?unmet=15.4&amp;sort=metDesc\"")
                .as("the province of 2024 ended in 6/2025")
                .doesNotContain(NEXT_SET + "/2026");
        // 15.4 means nothing in the next set: that filter is left out there, the order is kept.
        long hue = new Api(mvc).unitId(DemoPlaces.HUE);
        assertThat(send(
                        htmx(get("/overview/" + hue + "/" + SET + "/2025"))
                                .param("unmet", "15.4")
                                .param("sort", "metDesc"),
                        "tinh.hue"))
                .contains("href=\"/overview/" + hue + "/" + NEXT_SET + "/2026?sort=metDesc\"");
        assertThat(send(htmx(get(url)).param("unmet", "3.1"), "tinh.hue")).doesNotContain("Xã Thượng Lộ");
    }

    @Test
    void the_review_switcher_keeps_the_set_reviewed_against() throws Exception {
        long id = thuongLo();
        String review = page("/assessments/" + id + "/" + SET + "/2024/review?against=" + NEXT_SET, "xa.thuonglo");
        assertThat(review)
                .contains("href=\"/assessments/" + id + "/" + SET + "/2025/review?against=" + NEXT_SET + "\"");
        long kheTre = new Api(mvc).unitId(DemoPlaces.KHE_TRE);
        assertThat(page("/assessments/" + kheTre + "/" + SET + "/2025/review?against=" + NEXT_SET, "xa.khetre"))
                .contains("href=\"/assessments/" + kheTre + "/" + NEXT_SET + "/2026/review?against=" + SET + "\"");
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }

    @Test
    void the_year_page_follows_a_measured_indicator_over_the_years_against_its_threshold() throws Exception {
        long id = thuongLo();
        String base = "/assessments/" + id + "/" + SET;
        new Api(mvc)
                .call(
                        Api.json(
                                MockMvcRequestBuilders.put(
                                        "/api/v1/assessments/" + id + "/" + SET + "/2025/values/15.4"),
                                Map.of("value", "35,5")),
                        "xa.thuonglo",
                        status().isOk());

        String year = page(base + "/2024", "xa.thuonglo");
        // The first measured indicator Thượng Lộ misses in 2024 is chosen: 15.4, 20 % against ≥ 50 %.
        assertThat(year)
                .contains(
                        "<option value=\"15.4\" selected=\"selected\">",
                        "<svg role=\"img\"",
                        "aria-labelledby=\"trend-caption\"",
                        "Chỉ tiêu 15.4 qua các năm");
        String table = between(year, "Giá trị và ngưỡng của chỉ tiêu 15.4 theo năm", "</table>");
        // Thượng Lộ existed from 11/2024 to 6/2025: two years, none invented before.
        assertThat(table)
                .containsSubsequence("2024", "20 %", "≥ 50 %", "Không đạt", "2025", "35,5 %")
                .doesNotContain("2021", "2022", "2023");
        String svg = between(year, "aria-labelledby=\"trend-caption\"", "</svg>");
        assertThat(svg).contains(">35,5<", ">20<", "stroke-dasharray").containsSubsequence(">2024<", ">2025<");

        String other = send(htmx(get(base + "/2024")).param("chart", "17.7"), "xa.thuonglo");
        assertThat(other)
                .startsWith("<section id=\"trend\"")
                .doesNotContain("<html", "Chỉ tiêu chưa đạt")
                .contains(
                        "<option value=\"17.7\" selected=\"selected\">",
                        "id=\"year-switch\" hx-swap-oob=\"true\"",
                        "href=\"" + base + "/2025?chart=17.7\"")
                .doesNotContain(NEXT_SET + "/2026?chart");
        assertThat(page(base + "/2024?chart=nonsense", "xa.thuonglo"))
                .contains("<option value=\"15.4\" selected=\"selected\">");
    }
}
