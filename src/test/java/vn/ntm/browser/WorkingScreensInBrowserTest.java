package vn.ntm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.testing.NtmTest;

/**
 * The htmx parts in Debian's chromium at 360 px, under the application's content security policy: saving a
 * criterion and filtering the province view update the page in place (a mark set on the page survives, so it was
 * not reloaded), the year chart follows the chosen indicator, and switching year keeps the indicator being edited.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=working_screens_browser")
class WorkingScreensInBrowserTest extends BrowserTest {

    static final String SET = "NTM-XA-2021-2025";

    final List<String> consoleErrors = new ArrayList<>();

    /** A phone page that collects console errors and failed requests (a blocked script shows up there). */
    @BeforeEach
    void openWatched() {
        openPhone();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                consoleErrors.add(m.text());
            }
        });
        // a missing file is named by its address (the browser asks for /favicon.ico on its own)
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                consoleErrors.add(r.status() + " " + r.url());
            }
        });
    }

    @AfterEach
    void noErrors() {
        assertThat(consoleErrors)
                .as("errors in the browser console (content security policy, scripts)")
                .isEmpty();
    }

    long unit(String code, String level, String date) {
        return unitId(code, level, date);
    }

    /** A mark on the current document: it survives an in-place update and is gone after a reload. */
    void mark() {
        page.evaluate("() => { window.stayed = true; }");
    }

    boolean stayed() {
        return Boolean.TRUE.equals(page.evaluate("() => window.stayed === true"));
    }

    @Test
    void a_criterion_is_saved_in_place_and_a_refused_value_keeps_the_cursor_beside_it() {
        signIn("xa.thuonglo");
        String criterion = "/assessments/" + unit("20185", "COMMUNE", "2024-12-31") + "/" + SET + "/2024/criteria/15";
        page.navigate(url(criterion));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator("#entry .flash")).containsText("Không có thay đổi nào để lưu.");
        mark();
        try {
            page.locator("#value-15\\.4").fill("50");
            page.locator("#value-15\\.1").fill("abc");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("p.headline")).containsText("đạt 18/19 tiêu chí");
            assertThat(page.locator("#error-15\\.1")).containsText("không phải là số");
            assertThat(page.locator("#value-15\\.1")).hasValue("abc");
            assertThat(page.locator("#value-15\\.1")).isFocused();
            assertThat(stayed()).as("saved without reloading the page").isTrue();
            shoot("ui4-01-criterion-saved-in-place");
        } finally {
            page.navigate(url(criterion));
            page.locator("#value-15\\.4").fill("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("p.headline")).containsText("đạt 17/19 tiêu chí");
        }
    }

    @Test
    void switching_year_keeps_the_criterion_and_the_indicator_being_edited() {
        signIn("xa.thuonglo");
        long id = unit("20185", "COMMUNE", "2024-12-31");
        page.navigate(url("/assessments/" + id + "/" + SET + "/2024/criteria/15"));
        page.locator("#reason-15\\.4").focus();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Chọn năm"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("2025"))
                .first()
                .click();
        page.waitForURL(u -> u.contains("/2025/criteria/15"));
        assertThat(page.url()).endsWith("/" + SET + "/2025/criteria/15#i-15.4");
        assertThat(page.locator("h1")).containsText("Tiêu chí 15");
    }

    @Test
    void the_province_view_filters_in_place_and_the_address_can_be_shared() {
        signIn("tinh.hue");
        page.navigate(url("/overview/" + unit("46", "PROVINCE", "2024-12-31") + "/" + SET + "/2024"));
        mark();
        page.getByLabel("Chưa đạt chỉ tiêu").fill("15.4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc"))
                .click();
        assertThat(page.locator("#results")).containsText("Hiển thị 1/");
        page.waitForURL(u -> u.contains("unmet=15.4"));
        assertThat(stayed()).as("filtered without reloading the page").isTrue();
        assertThat(page.locator("#overview-years a").filter(new Locator.FilterOptions().setHasText("2025")))
                .hasAttribute("href", Pattern.compile("unmet=15\\.4"));
        shoot("ui4-02-province-filtered");
        page.reload();
        assertThat(page.locator("#results")).containsText("Hiển thị 1/");
    }

    @Test
    void the_year_chart_follows_the_chosen_indicator() {
        signIn("xa.thuonglo");
        page.navigate(url("/assessments/" + unit("20185", "COMMUNE", "2024-12-31") + "/" + SET + "/2024"));
        assertThat(page.locator("#trend-caption")).containsText("15.4");
        mark();
        page.getByLabel("Chỉ tiêu định lượng").selectOption("17.7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                .click();
        page.waitForURL(u -> u.contains("chart=17.7"));
        assertThat(page.locator("#trend")).containsText("17.7");
        assertThat(stayed()).as("chart changed without reloading the page").isTrue();
        page.getByLabel("Chỉ tiêu định lượng").selectOption("15.4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                .click();
        assertThat(page.locator("#trend-caption")).containsText("15.4");
        page.locator("#trend")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(Chromium.SCREENSHOTS.resolve("ui4-03-year-indicator-trend.png")));
    }
}
