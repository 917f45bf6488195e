package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;

/**
 * The language rule: a signed-in user's own setting wins over the browser's Accept-Language and over a cookie left
 * by another user; switching while signed in saves it to the account; before signing in the cookie, else
 * Vietnamese; an API caller may still ask English with Accept-Language.
 */
@NtmTest
class LanguageRuleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String locale(String user) {
        return jdbc.sql("select locale from app_user where username = ?")
                .param(user)
                .query(String.class)
                .single();
    }

    @AfterEach
    void everyoneVietnameseAgain() {
        jdbc.sql("update app_user set locale = 'vi'").update();
    }

    String html(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void an_english_browser_and_another_users_cookie_do_not_turn_a_vietnamese_users_pages_into_english()
            throws Exception {
        assertThat(locale("xa.thuonglo")).isEqualTo("vi");
        String home = html(
                get("/").header("Accept-Language", "en-US,en;q=0.9").cookie(new Cookie("ntm-lang", "en")),
                "xa.thuonglo");
        assertThat(home)
                .contains("<html lang=\"vi\">", "Xin chào, xa.thuonglo", "Đăng xuất")
                .doesNotContain("Sign out");
    }

    @Test
    void switching_the_language_while_signed_in_saves_it_to_the_account_and_it_holds_on_any_browser() throws Exception {
        assertThat(html(get("/units").param("lang", "en"), "xa.khetre")).contains("<html lang=\"en\">");
        assertThat(locale("xa.khetre")).isEqualTo("en");
        // another browser: Vietnamese everything, no cookie of ours
        String elsewhere =
                html(get("/").header("Accept-Language", "vi-VN,vi").cookie(new Cookie("ntm-lang", "vi")), "xa.khetre");
        assertThat(elsewhere).contains("<html lang=\"en\">", "Hello, xa.khetre");
        // the account page's form saves it back
        mvc.perform(post("/account/language")
                        .param("lang", "vi")
                        .with(httpBasic("xa.khetre", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        assertThat(locale("xa.khetre")).isEqualTo("vi");
        assertThat(html(get("/account"), "xa.khetre"))
                .contains(
                        "<html lang=\"vi\">",
                        "Ngôn ngữ của các màn hình",
                        "<option value=\"vi\" lang=\"vi\" selected=\"selected\">Tiếng Việt</option>");
    }

    @Test
    void before_signing_in_the_cookie_decides_else_vietnamese_whatever_the_browser_says() throws Exception {
        String browserEnglish = mvc.perform(get("/login").header("Accept-Language", "en-US,en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(browserEnglish).contains("<html lang=\"vi\">", "Đăng nhập");
        String cookieEnglish = mvc.perform(get("/login").cookie(new Cookie("ntm-lang", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(cookieEnglish).contains("<html lang=\"en\">", "Sign in");
        // ?lang= before signing in is remembered in the cookie only
        Cookie set = mvc.perform(get("/login").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getCookie("ntm-lang");
        assertThat(set).isNotNull();
        assertThat(set.getValue()).isEqualTo("en");
    }

    @Test
    void an_api_caller_may_ask_english_with_accept_language_and_otherwise_gets_the_users_setting() throws Exception {
        String asked = mvc.perform(get("/api/v1/units/code/99999")
                        .header("Accept-Language", "en")
                        .with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonMapper.shared().readTree(asked).path("detail").asString())
                .isEqualTo("No unit ever held code 99999.");
        String plain = mvc.perform(get("/api/v1/units/code/99999").with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonMapper.shared().readTree(plain).path("detail").asString())
                .isEqualTo("Không có đơn vị nào mang mã 99999.");
        jdbc.sql("update app_user set locale = 'en' where username = 'admin'").update();
        String own = mvc.perform(get("/api/v1/units/code/99999").with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonMapper.shared().readTree(own).path("detail").asString())
                .isEqualTo("No unit ever held code 99999.");
    }
}
