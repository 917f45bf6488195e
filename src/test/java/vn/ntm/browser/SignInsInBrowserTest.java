package vn.ntm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;

/**
 * An officer mistypes their password twice, then signs in; the province officer opens the recent sign-ins from the
 * administration page and sees the two refusals and the sign-in, in words, with the address and the way in, then
 * the officer's own history; at 360 px and 1366 px, in Vietnamese and English (screenshots sign-ins-*). Same
 * application as {@link WorkingScreensInBrowserTest} (same properties: one start for both).
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=working_screens_browser")
class SignInsInBrowserTest extends BrowserTest {

    private static final String OFFICER = "so.yte.hue";

    @AfterEach
    void unlock() {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ?")
                .param(OFFICER)
                .update();
    }

    @Test
    void the_province_officer_sees_refused_attempts_and_sign_ins_of_their_users_in_words() {
        openPhone();
        for (String wrong : new String[] {"sai-mat-khau", "ntm-demo-2025"}) {
            page.navigate(url("/login"));
            page.getByLabel("Tên đăng nhập").fill(OFFICER);
            page.getByLabel("Mật khẩu").fill(wrong);
            page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).click();
            page.waitForURL(u -> u.contains("error"));
        }
        page.getByLabel("Tên đăng nhập").fill(OFFICER);
        page.getByLabel("Mật khẩu").fill(DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).click();
        page.waitForURL(u -> !u.contains("/login"));

        for (int width : new int[] {PHONE_WIDTH, 1366}) {
            open(width, 800);
            signIn("tinh.hue");
            page.navigate(url("/admin"));
            page.getByRole(AriaRole.LINK, named("Đăng nhập gần đây")).click();
            page.waitForURL(u -> u.endsWith("/admin/sign-ins"));
            assertThat(page.locator("h1").innerText()).isEqualTo("Đăng nhập gần đây");
            Locator officer = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(OFFICER));
            assertThat(officer.count()).as("two refusals and the sign-in").isGreaterThanOrEqualTo(3);
            assertThat(officer.nth(0).innerText())
                    .contains("Đăng nhập", "Trang đăng nhập")
                    .as("the browser's address: Chromium reaches localhost over IPv6 or IPv4")
                    .containsAnyOf("::1", "127.0.0.1");
            assertThat(officer.nth(1).innerText()).contains("Sai mật khẩu");
            assertThat(officer.nth(1).locator(".error").count())
                    .as("a refusal stands out")
                    .isEqualTo(1);
            assertThat(page.locator("tbody").innerText())
                    .as("times in Vietnam's time, dd/MM/yyyy")
                    .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")
                    .doesNotContain("SIGN_IN", "UTC");
            assertWithin(width);
            shoot("sign-ins-" + width + "-vi");

            officer.nth(0)
                    .getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions().setName(OFFICER).setExact(true))
                    .click();
            page.waitForURL(u -> u.contains("/admin/sign-ins?user="));
            assertThat(page.locator("h1").innerText()).isEqualTo("Đăng nhập của " + OFFICER);
            assertThat(page.locator("tbody tr").allInnerTexts())
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains(OFFICER));
            assertWithin(width);
            shoot("sign-ins-of-user-" + width + "-vi");

            page.navigate(url("/admin/sign-ins?lang=en"));
            assertThat(page.locator("h1").innerText()).isEqualTo("Recent sign-ins");
            Locator english = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(OFFICER));
            assertThat(english.nth(0).innerText()).contains("Signed in", "Sign-in page");
            assertThat(english.nth(1).innerText()).contains("Wrong password");
            assertThat(page.locator("main").innerText()).doesNotContain("Đăng nhập", "Sai mật khẩu");
            assertWithin(width);
            shoot("sign-ins-" + width + "-en");
            page.navigate(url("/admin/sign-ins?lang=vi"));
        }
    }

    private void assertWithin(int width) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scroll")
                .isLessThanOrEqualTo(width);
    }
}
