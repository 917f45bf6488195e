package vn.ntm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.testing.NtmTest;

/**
 * A commune officer in a real browser: signs in, sees the standing, enters values and watches it change, uploads
 * evidence, is refused another commune's page, switches language. Screenshots go to target/screenshots.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=browser_test")
class AssessmentInBrowserTest extends BrowserTest {

    @BeforeEach
    void open() {
        openPhone();
    }

    @Test
    void an_officer_enters_a_value_and_watches_the_standing_change_then_a_bad_value_keeps_what_was_typed() {
        signIn("xa.thuonglo");
        String year = "/assessments/" + thuongLo() + "/NTM-XA-2021-2025/2024";
        page.navigate(url(year));
        assertThat(page.locator(".headline")).containsText("đạt 17/19 tiêu chí");
        shoot("01-year-page-17-of-19");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("15.4").setExact(true))
                .first()
                .click();
        try {
            enterAndCheck(year);
        } finally {
            page.navigate(url(year + "/values/15.4"));
            page.getByLabel("Giá trị (%), ví dụ 20,5").fill("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
        }
        page.navigate(url(year));
        assertThat(page.locator(".headline")).containsText("đạt 17/19 tiêu chí");
    }

    private void enterAndCheck(String year) {
        page.getByLabel("Giá trị (%), ví dụ 20,5").fill("55,5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator(".flash")).containsText("Đã lưu");
        assertThat(page.locator("main p a").first()).containsText("đạt 18/19 tiêu chí");
        shoot("02-value-saved-18-of-19");

        page.getByLabel("Giá trị (%), ví dụ 20,5").fill("abc");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator("#value-error")).containsText("không phải là số");
        assertThat(page.getByLabel("Giá trị (%), ví dụ 20,5")).hasValue("abc");
        shoot("03-bad-value-kept");
    }

    @Test
    void an_officer_uploads_evidence_and_sees_it_listed() throws Exception {
        signIn("xa.thuonglo");
        page.navigate(url("/assessments/" + thuongLo() + "/NTM-XA-2021-2025/2024/values/13.3"));
        Path pdf = Files.createTempFile("bien-ban-", ".pdf");
        Files.writeString(
                pdf, "%PDF-1.4 Biên bản kiểm tra truy xuất nguồn gốc " + "x".repeat(2_000_000), StandardCharsets.UTF_8);
        assertThat(page.locator("form[data-progress] progress")).isHidden();
        List<String> uploads = new CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (r.method().equals("POST") && r.url().endsWith("/evidence")) {
                uploads.add(r.resourceType());
            }
        });
        page.getByLabel("Chọn tệp").setInputFiles(pdf);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên"))
                .click();
        assertThat(page.locator(".flash")).containsText(pdf.getFileName().toString());
        assertThat(page).hasURL(Pattern.compile(".*/values/13\\.3$"));
        assertThat(uploads)
                .as("sent by the progress script, not a plain form post")
                .containsExactly("xhr");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(pdf.getFileName().toString())))
                .isVisible();
        shoot("04-evidence-uploaded");
    }

    @Test
    void another_communes_officer_is_refused_and_the_page_says_why() {
        signIn("xa.talen");
        var response = page.navigate(url("/assessments/" + thuongLo() + "/NTM-XA-2021-2025/2024"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("ngoài phạm vi");
        shoot("05-refused");
    }

    @Test
    void the_language_switch_shows_the_standing_in_english() {
        signIn("xa.thuonglo");
        page.navigate(url("/assessments/" + thuongLo() + "/NTM-XA-2021-2025/2024"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator(".headline")).containsText("meets 17/19 criteria");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt"))
                .click();
        assertThat(page.locator(".headline")).containsText("đạt 17/19 tiêu chí");
        shoot("06-language");
    }

    @Test
    void a_province_officer_filters_the_communes_by_an_unmet_indicator_and_drills_down() {
        signIn("tinh.hue");
        long province = thuaThienHue();
        page.navigate(url("/overview/" + province + "/NTM-XA-2021-2025/2024"));
        page.getByLabel("Chưa đạt chỉ tiêu").fill("15.4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc"))
                .click();
        assertThat(page.locator("main")).containsText("Hiển thị 1/");
        shoot("07-province-view-filtered");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xã Thượng Lộ"))
                .click();
        assertThat(page.locator(".headline")).containsText("đạt 17/19 tiêu chí");
    }

    @Test
    void a_whole_criterion_is_entered_on_one_screen_and_the_standing_at_the_top_follows() {
        signIn("xa.thuonglo");
        String year = "/assessments/" + thuongLo() + "/NTM-XA-2021-2025/2024";
        page.navigate(url(year));
        page.getByRole(AriaRole.LINK, named("Nhập số liệu tiêu chí 15")).click();
        try {
            page.locator("#value-15\\.4").fill("50");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .last()
                    .click();
            assertThat(page.locator("p.headline")).containsText("đạt 18/19 tiêu chí");
            shoot("08-criterion-entry");
        } finally {
            page.navigate(url(year + "/criteria/15"));
            page.locator("#value-15\\.4").fill("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .last()
                    .click();
        }
        assertThat(page.locator("p.headline")).containsText("đạt 17/19 tiêu chí");
    }
}
