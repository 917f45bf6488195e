package vn.ntm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.access.FirstAdministrator;
import vn.ntm.access.SystemActor;
import vn.ntm.testing.NtmTest;

/**
 * A real installation in the browser, on a phone and a desktop, in both languages: the sign-in page of an installation
 * with no account says how to create the first administrator; signed in with the one-time password, the
 * administrator lands on the change-password page, is sent back to it from any other page, changes it and goes on.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"ntm.embedded-db.database=first_sign_in", "ntm.demo.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstSignInInBrowserTest extends BrowserTest {

    @Autowired
    FirstAdministrator first;

    @Autowired
    SystemActor system;

    @Test
    @Order(1)
    void the_sign_in_page_of_a_new_installation_says_how_to_create_the_first_administrator() {
        for (int width : new int[] {PHONE_WIDTH, 1366}) {
            open(width, 800);
            page.navigate(url("/login"));
            assertThat(page.locator("[role=note]").innerText())
                    .contains(
                            "Hệ thống chưa có tài khoản nào",
                            "./ntm admin create --username=quantri",
                            "NTM_ADMIN_USERNAME");
            assertNoHorizontalScroll(width);
            shoot("first-sign-in-login-" + width + "-vi");
            page.navigate(url("/login?lang=en"));
            assertThat(page.locator("[role=note]").innerText())
                    .contains("There is no account yet")
                    .doesNotContain("Hệ thống");
            assertNoHorizontalScroll(width);
            shoot("first-sign-in-login-" + width + "-en");
        }
    }

    @Test
    @Order(2)
    void with_the_one_time_password_the_administrator_must_change_it_before_anything_else() {
        String oneTime = system.run("cli:test", () -> first.create("quantri", null, false, "ntm admin create"))
                .temporaryPassword();
        openPhone();
        page.navigate(url("/login"));
        assertThat(page.locator("[role=note]").count())
                .as("an account exists now")
                .isZero();
        page.getByLabel("Tên đăng nhập").fill("quantri");
        page.getByLabel("Mật khẩu").fill(oneTime);
        page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).click();
        page.waitForURL(u -> u.endsWith("/account"));
        assertThat(page.getByRole(AriaRole.ALERT).innerText())
                .isEqualTo("Bạn đang dùng mật khẩu tạm: hãy đổi mật khẩu để tiếp tục dùng hệ thống.");
        assertNoHorizontalScroll(PHONE_WIDTH);
        shoot("first-sign-in-must-change-360-vi");

        page.getByRole(AriaRole.LINK, named("Đơn vị hành chính")).click();
        page.waitForURL(u -> u.endsWith("/account"));

        page.navigate(url("/account?lang=en"));
        assertThat(page.getByRole(AriaRole.ALERT).innerText())
                .isEqualTo("You are using a temporary password: change it to go on using the system.");
        shoot("first-sign-in-must-change-360-en");
        page.navigate(url("/account?lang=vi"));

        page.getByLabel("Mật khẩu hiện tại").fill(oneTime);
        page.getByLabel("Mật khẩu mới").fill("mat-khau-moi-cua-quantri");
        page.getByRole(AriaRole.BUTTON, named("Đổi mật khẩu")).click();
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).isEqualTo("Đã đổi mật khẩu.");
        assertThat(page.getByText("Bạn đang dùng mật khẩu tạm").count()).isZero();
        page.getByRole(AriaRole.LINK, named("Đơn vị hành chính")).click();
        page.waitForURL(u -> u.contains("/units"));
        assertThat(page.url()).doesNotEndWith("/account");
        open(1366, 800);
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill("quantri");
        page.getByLabel("Mật khẩu").fill("mat-khau-moi-cua-quantri");
        page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).click();
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.url()).doesNotEndWith("/account");
        shoot("first-sign-in-home-1366-vi");
    }

    private void assertNoHorizontalScroll(int width) {
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(width);
    }
}
