package vn.ntm;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;

/** The server-rendered screens: login, home, units on a date, the users list, error pages, both languages. */
@NtmTest
class PagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_login_page_is_vietnamese_by_default_and_english_on_request_with_secure_headers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đăng nhập")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(Matchers.containsString("Sign in")));
    }

    @Test
    void a_page_asked_without_login_leads_to_the_login_page_and_a_form_login_works() throws Exception {
        mvc.perform(get("/units")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login")
                        .param("username", "xa.khetre")
                        .param("password", DemoUsers.PASSWORD)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login")
                        .param("username", "xa.khetre")
                        .param("password", "sai")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void the_home_page_shows_the_role_and_the_scope_and_the_demo_banner() throws Exception {
        mvc.perform(get("/").with(httpBasic("xa.khetre", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cán bộ xã")))
                .andExpect(content().string(Matchers.containsString("Xã Khe Tre")))
                .andExpect(content().string(Matchers.containsString("DỮ LIỆU MẪU")));
    }

    @Test
    void the_unit_tree_reads_as_it_stood_on_the_date_asked() throws Exception {
        mvc.perform(get("/units").param("date", "1/12/2024").with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tỉnh Thừa Thiên Huế")));
        mvc.perform(get("/units").param("date", "1/12/2025").with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andExpect(content().string(Matchers.containsString("Thành phố Huế")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Tỉnh Thừa Thiên Huế"))));
        mvc.perform(get("/units")
                        .param("q", "thuong lo")
                        .param("date", "1/12/2024")
                        .with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andExpect(content().string(Matchers.containsString("Xã Thượng Lộ")));
    }

    @Test
    void a_commune_officer_gets_the_403_page_for_administration_and_for_another_communes_unit() throws Exception {
        mvc.perform(get("/admin/users").with(httpBasic("xa.talen", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units").param("q", "khe tre").with(httpBasic("xa.talen", DemoUsers.PASSWORD)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Xã Khe Tre"))));
    }

    @Test
    void the_administrator_creates_a_user_on_the_users_screen_and_sees_a_clear_error_for_a_bad_unit_code()
            throws Exception {
        mvc.perform(post("/admin/users")
                        .param("username", "xa.binhlu")
                        .param("role", "COMMUNE_OFFICER")
                        .param("unitCode", "03390")
                        .with(csrf())
                        .with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã tạo người dùng xa.binhlu")));
        mvc.perform(post("/admin/users")
                        .param("username", "xa.khongco")
                        .param("role", "COMMUNE_OFFICER")
                        .param("unitCode", "99999")
                        .with(csrf())
                        .with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andExpect(content().string(Matchers.containsString("Không có đơn vị nào mang mã 99999")))
                .andExpect(content().string(Matchers.containsString("value=\"xa.khongco\"")));
    }

    @Test
    void the_openapi_description_lists_the_unit_and_user_endpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/v1/units/code/{code}")))
                .andExpect(content().string(Matchers.containsString("/api/v1/users/{id}")));
    }

    @Test
    void an_unknown_page_gets_the_404_page_in_the_users_language() throws Exception {
        mvc.perform(get("/khong-co").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }
}
