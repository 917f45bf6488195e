package vn.ntm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The administrator opens the table of permissions from the administration page and reads, at 360 px and 1366 px,
 * in Vietnamese and English, what each role may do (screenshots permissions-*). Same application as
 * {@link WorkingScreensInBrowserTest} (same properties: one start for both).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=working_screens_browser",
            "ntm.embedded-db.fresh=true"
        })
class PermissionsInBrowserTest extends BrowserTest {

    @Test
    void the_administrator_reads_who_may_do_what_on_a_phone_and_a_desktop_in_both_languages() {
        for (int width : new int[] {PHONE_WIDTH, 1366}) {
            open(width, 900);
            signIn("admin");
            page.navigate(url("/admin"));
            page.getByRole(AriaRole.LINK, named("Phân quyền")).click();
            page.waitForURL(u -> u.endsWith("/admin/permissions"));
            assertThat(page.locator("h1").innerText()).isEqualTo("Phân quyền");
            String lock = page.locator("tbody tr")
                    .filter(new Locator.FilterOptions().setHasText("Khóa giá trị đã xác nhận"))
                    .innerText();
            assertThat(lock).contains("được, trong phạm vi");
            if (width == PHONE_WIDTH) {
                assertThat(lock).as("a phone lists only the roles that may").doesNotContain("Cán bộ cấp tỉnh");
            }
            assertThat(page.locator("tbody").innerText())
                    .contains(
                            "chỉ các tiêu chí do cơ quan mình phụ trách",
                            "chỉ khi xã không còn lãnh đạo nào khác ngoài người đề nghị");
            assertWithin(width);
            shoot("permissions-" + width + "-vi");
            // what a phone shows first, at its own size (the full page is a long scroll)
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("permissions-" + width + "-vi-first-screen.png")));

            page.navigate(url("/admin/permissions?lang=en"));
            assertThat(page.locator("h1").innerText()).isEqualTo("Permissions");
            assertThat(page.locator("tbody").innerText())
                    .contains("only the criteria their body owns")
                    .doesNotContain("được, trong phạm vi");
            assertWithin(width);
            shoot("permissions-" + width + "-en");
            page.navigate(url("/admin/permissions?lang=vi"));
        }
    }

    private void assertWithin(int width) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scroll")
                .isLessThanOrEqualTo(width);
    }
}
