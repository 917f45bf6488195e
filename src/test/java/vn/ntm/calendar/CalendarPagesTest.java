package vn.ntm.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;

/**
 * The calendar screen and API: the administrator adds a day (dd/MM/yyyy in and out), marks the year, removes the
 * day; others are refused; bad input comes back with its reason and stores nothing. Days in 2093, made up.
 */
@NtmTest
class CalendarPagesTest {

    private static final int YEAR = 2093;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarKeeping keeping;

    @Autowired
    WorkCalendar calendar;

    @Autowired
    UserDetailsService accounts;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(accounts);
    }

    @AfterEach
    void cleanUp() {
        signedIn.as("admin", () -> {
            for (CalendarDay d : calendar.year(YEAR)) {
                keeping.remove(d.day(), d.version());
            }
        });
    }

    String page(MockHttpServletRequestBuilder request, String user, ResultMatcher expected) throws Exception {
        return HtmlUtils.htmlUnescape(
                mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD)).with(csrf()))
                        .andExpect(expected)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    long days() {
        return jdbc.sql("select count(*) from calendar_day where extract(year from day) = ?")
                .param(YEAR)
                .query(Long.class)
                .single();
    }

    @Test
    void the_administrator_adds_a_day_sees_it_marks_the_year_and_removes_it() throws Exception {
        page(
                post("/admin/calendar")
                        .param("day", "16/1/" + YEAR)
                        .param("kind", "HOLIDAY")
                        .param("name", "Nghỉ Tết (ngày của bài kiểm thử)")
                        .param("basis", "không phải ngày thật"),
                "admin",
                redirectedUrl("/admin/calendar?year=" + YEAR));
        String shown = page(get("/admin/calendar").param("year", String.valueOf(YEAR)), "admin", status().isOk());
        assertThat(shown)
                .contains("16/01/" + YEAR, "Nghỉ Tết (ngày của bài kiểm thử)", "Ngày nghỉ", "chưa được xác nhận");
        assertThat(shown).contains("Thứ Bảy").contains("Chủ Nhật");
        page(
                post("/admin/calendar/" + YEAR + "/complete")
                        .param("complete", "true")
                        .param("version", "0"),
                "admin",
                redirectedUrl("/admin/calendar?year=" + YEAR));
        assertThat(page(get("/admin/calendar").param("year", String.valueOf(YEAR)), "admin", status().isOk()))
                .contains("đã được xác nhận nhập đủ");
        page(
                post("/admin/calendar/" + YEAR + "/complete")
                        .param("complete", "false")
                        .param("version", "0"),
                "admin",
                status().isConflict());
        page(
                post("/admin/calendar/" + YEAR + "/complete")
                        .param("complete", "false")
                        .param("version", "1"),
                "admin",
                redirectedUrl("/admin/calendar?year=" + YEAR));
        page(
                post("/admin/calendar/" + YEAR + "-01-16/delete").param("version", "0"),
                "admin",
                redirectedUrl("/admin/calendar?year=" + YEAR));
        assertThat(days()).isZero();
    }

    @Test
    void bad_input_comes_back_with_its_reason_and_nothing_is_stored() throws Exception {
        String refused = page(
                post("/admin/calendar")
                        .param("day", "30/02/" + YEAR)
                        .param("kind", "HOLIDAY")
                        .param("name", ""),
                "admin",
                status().isOk());
        assertThat(refused)
                .contains(
                        "Ngày «30/02/" + YEAR + "» không có thật", "Hãy ghi tên ngày", "value=\"30/02/" + YEAR + "\"");
        // 19/1/2093 is a Monday: a make-up working day on a working day is refused
        assertThat(page(
                        post("/admin/calendar")
                                .param("day", "19/01/" + YEAR)
                                .param("kind", "WORKING")
                                .param("name", "Làm bù"),
                        "admin",
                        status().isOk()))
                .contains("Ngày 19/01/" + YEAR + " vốn là ngày làm việc.");
        assertThat(days()).isZero();
    }

    @Test
    void others_read_the_page_but_may_not_change_it() throws Exception {
        assertThat(page(get("/admin/calendar").param("year", String.valueOf(YEAR)), "tinh.hue", status().isOk()))
                .doesNotContain("name=\"name\"");
        page(
                post("/admin/calendar")
                        .param("day", "16/01/" + YEAR)
                        .param("kind", "HOLIDAY")
                        .param("name", "Nghỉ"),
                "tinh.hue",
                status().isForbidden());
        page(get("/admin/calendar"), "xa.thuonglo", status().isForbidden());
        assertThat(days()).isZero();
    }

    @Test
    void the_api_lists_enters_and_refuses_as_the_screen() throws Exception {
        String created = page(
                put("/api/v1/calendar/days/" + YEAR + "-03-02")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ (bài kiểm thử)\"}"),
                "admin",
                status().isCreated());
        assertThat(created).contains("\"dayText\":\"02/03/" + YEAR + "\"", "\"kind\":\"HOLIDAY\"");
        assertThat(page(get("/api/v1/calendar/" + YEAR), "tinh.hue", status().isOk()))
                .contains("\"complete\":false", "\"day\":\"" + LocalDate.of(YEAR, 3, 2) + "\"", "SATURDAY");
        page(
                put("/api/v1/calendar/days/" + YEAR + "-03-03")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ\"}"),
                "tinh.hue",
                status().isForbidden());
        assertThat(page(
                        put("/api/v1/calendar/days/" + YEAR + "-03-02")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"kind\":\"HOLIDAY\",\"name\":\"Lần hai\"}"),
                        "admin",
                        status().isBadRequest()))
                .contains("đã có trong lịch");
        assertThat(days()).isEqualTo(1);
    }
}
