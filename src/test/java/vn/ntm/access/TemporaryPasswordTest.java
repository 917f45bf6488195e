package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.imports.ImportMode;
import vn.ntm.testing.NtmTest;

/**
 * A real installation without demo data: nothing hidden is created, the sign-in page says how to create the first
 * administrator, and a user holding a temporary password (the one-time password of the first administrator, or
 * one made by the user import) reaches only the change-password page and sign-out until it is changed.
 */
@NtmTest
@TestPropertySource(properties = {"ntm.embedded-db.database=first_admin", "ntm.demo.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TemporaryPasswordTest {

    static final String CHOSEN = "mat-khau-cua-toi-2026";
    static String temporary;

    @Autowired
    MockMvc mvc;

    @Autowired
    FirstAdministrator first;

    @Autowired
    UserBulkImport bulk;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void a_new_real_installation_has_no_account_and_the_sign_in_page_says_how_to_create_one() throws Exception {
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select kind from installation").query(String.class).single())
                .isEqualTo("REAL");
        assertThat(page(get("/login")))
                .contains(
                        "Hệ thống chưa có tài khoản nào",
                        "./ntm admin create --username=quantri",
                        "NTM_ADMIN_USERNAME");
        assertThat(page(get("/login").param("lang", "en"))).contains("There is no account yet");
    }

    @Test
    @Order(2)
    void the_first_administrator_has_the_operators_password_or_a_one_time_password_and_both_are_audited() {
        UserAdministration.Created chosen =
                system.run("cli:root", () -> first.create("quantri", CHOSEN, false, "ntm admin create"));
        assertThat(chosen.temporaryPassword()).isNull();
        assertThat(chosen.user().mustChangePassword()).isFalse();
        UserAdministration.Created oneTime =
                system.run("cli:root", () -> first.create("quantri2", null, false, "ntm admin create"));
        assertThat(oneTime.temporaryPassword()).hasSize(14);
        assertThat(oneTime.user().mustChangePassword()).isTrue();
        assertThat(jdbc.sql("""
                        select count(distinct entity_id) from audit_log where entity_type = 'app_user'
                        and actor = 'cli:root' and reason = 'ntm admin create'""").query(Long.class).single()).isEqualTo(2);
        assertThat(first.missing()).isFalse();
        temporary = oneTime.temporaryPassword();
    }

    @Test
    @Order(3)
    void with_a_temporary_password_only_the_change_password_page_and_sign_out_are_reachable() throws Exception {
        Cookie session = signIn("quantri2", temporary);
        mvc.perform(get("/").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/units").cookie(session)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/account"));
        assertThat(page(get("/account").cookie(session)))
                .contains("Bạn đang dùng mật khẩu tạm: hãy đổi mật khẩu để tiếp tục dùng hệ thống.");

        String api = mvc.perform(get("/api/v1/units/search").param("q", "Huế").with(httpBasic("quantri2", temporary)))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api)
                .contains(
                        "\"code\":\"error.password.mustChange\"",
                        "Bạn đang dùng mật khẩu tạm",
                        "POST /api/v1/users/me/password");
        mvc.perform(get("/api/v1/users/me").with(httpBasic("quantri2", temporary)))
                .andExpect(status().isOk());

        assertThat(page(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", temporary)
                        .param("newPassword", "mat-khau-moi-cua-quantri2")))
                .doesNotContain("mật khẩu tạm:");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/units").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/search")
                        .param("q", "Huế")
                        .with(httpBasic("quantri2", "mat-khau-moi-cua-quantri2")))
                .andExpect(status().isOk());
        mvc.perform(post("/logout").cookie(session).with(csrf()).accept("text/html"))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    @Order(4)
    void users_created_by_the_csv_import_must_change_their_temporary_password_too() throws Exception {
        UserBulkImport.Report report = system.run(
                "cli:root",
                () -> bulk.importCsv(
                        "ten_dang_nhap,vai_tro,ma_don_vi,mat_khau\nquantri.tinh,quan_tri,,\n"
                                .getBytes(StandardCharsets.UTF_8),
                        ImportMode.ALL_OR_NOTHING));
        assertThat(report.outcome()).as(report.issues().toString()).isEqualTo("APPLIED");
        String password = report.users().get(0).temporaryPassword();
        mvc.perform(get("/api/v1/users").with(httpBasic("quantri.tinh", password)))
                .andExpect(status().isForbidden());
        Cookie session = signIn("quantri.tinh", password);
        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/account"));
        mvc.perform(post("/logout").cookie(session).with(csrf()).accept("text/html"))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/api/v1/users").with(httpBasic("quantri", CHOSEN))).andExpect(status().isOk());
    }

    /** The session cookie: sessions are kept in the database (Spring Session), not in the mock request. */
    private Cookie signIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
