package vn.ntm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ntm.document.issue.DocumentFixtures;
import vn.ntm.text.VietnameseDates;

/**
 * The commune leader of Khe Tre composes a công văn, sees its pages as images, numbers it, uploads the signed PDF
 * (made with PDFBox, carrying a signature dictionary and the time its software printed) and reads its hash and signing
 * time in Vietnam's time; the pages are looked at on a phone and a desktop in both languages (screenshots
 * documents-*). Same application as {@link WorkingScreensInBrowserTest}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=working_screens_browser",
            "ntm.embedded-db.fresh=true"
        })
class DocumentsInBrowserTest extends BrowserTest {

    @Test
    void a_cong_van_is_composed_previewed_numbered_and_its_signed_copy_shows_its_hash_and_time() throws Exception {
        open(1366, 900);
        signIn("lanhdao.khetre");
        page.getByRole(AriaRole.LINK, named("Văn bản")).click();
        page.waitForURL(u -> u.endsWith("/documents"));
        page.getByRole(AriaRole.LINK, named("Soạn văn bản mới")).click();
        page.waitForURL(u -> u.contains("/documents/new"));
        shoot("documents-compose-1366-vi");

        String title = "rà soát các tiêu chí nông thôn mới năm "
                + LocalDate.now(VietnameseDates.ZONE).getYear();
        page.getByLabel("Tên loại").selectOption(new SelectOption().setLabel("Công văn"));
        page.getByLabel("Cơ quan ban hành").selectOption(new SelectOption().setLabel("Ủy ban nhân dân xã Khe Tre"));
        page.locator("#title").fill(title);
        page.locator("#recipients").fill("Các cơ quan, đơn vị xã\nCác thôn");
        page.locator("#body")
                .fill(
                        "Để nâng cao chất lượng các tiêu chí, Ủy ban nhân dân xã yêu cầu:\n1. Các thôn\n"
                                + "- Rà soát các tiêu chí chưa đạt;\n- Báo cáo trước ngày 30/12.\nĐề nghị nghiêm túc thực hiện./.");
        page.locator("#distribution").fill("TT Đảng ủy xã\nChủ tịch, PCT UBND xã");
        page.locator("#draftingUnit").fill("VP");
        page.getByLabel("Quyền hạn ký").selectOption("KT");
        page.locator("#signerTitle").fill("Chủ tịch");
        page.locator("#position").fill("Phó Chủ tịch");
        page.locator("#signerName").fill("Hồ Văn Thử");
        page.getByRole(AriaRole.BUTTON, named("Tạo dự thảo")).click();
        page.waitForURL(u -> u.matches(".*/documents/\\d+$"));
        String detail = page.url();

        Locator first = page.locator("img.document-page").first();
        first.scrollIntoViewIfNeeded();
        page.waitForFunction("() => { const i = document.querySelector('img.document-page');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(((Number) first.evaluate("i => i.naturalWidth")).intValue()).isEqualTo(793);
        assertThat(((Number) first.evaluate("i => i.naturalHeight")).intValue()).isEqualTo(1122);
        assertThat(page.locator("#state").innerText()).isEqualTo("Dự thảo");

        String today = VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE));
        assertThat(page.locator("#issuedOn").inputValue()).isEqualTo(today);
        page.getByRole(AriaRole.BUTTON, named("Cấp số")).click();
        page.waitForSelector("#upload-form");
        String display = page.locator("#number").innerText();
        assertThat(display).matches("Số: \\d{2,}/UBND-VP");

        OffsetDateTime signedAt = OffsetDateTime.of(2026, 1, 5, 2, 30, 0, 0, ZoneOffset.UTC);
        byte[] pdf = DocumentFixtures.pdf(
                DocumentFixtures.page(display, LocalDate.now(VietnameseDates.ZONE), "2026-01-05T09:30:00+07:00"),
                new DocumentFixtures.Signed("Hồ Văn Thử", "Ký duyệt", "Khe Tre", signedAt));
        page.locator("#file").setInputFiles(new FilePayload("ban-da-ky.pdf", "application/pdf", pdf));
        page.getByRole(AriaRole.BUTTON, named("Tải lên")).click();
        page.waitForSelector("#signed-copies");
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(page.locator("#signed-copies").innerText())
                .contains(sha)
                .contains("05/01/2026 09:30")
                .contains("Chữ ký số chưa được kiểm tra.");
        assertThat(page.locator("#state").innerText()).isEqualTo("Đã ban hành");

        for (int width : new int[] {PHONE_WIDTH, 1366}) {
            open(width, 900);
            signIn("lanhdao.khetre");
            page.navigate(detail);
            shoot("documents-detail-" + width + "-vi");
            assertWithin(width);
            page.navigate(detail + "?lang=en");
            assertThat(page.locator("#state").innerText()).isEqualTo("Issued");
            shoot("documents-detail-" + width + "-en");
            assertWithin(width);
            page.navigate(url("/documents?lang=en"));
            assertThat(page.locator("#document-rows").innerText())
                    .contains(title)
                    .contains("Official letter");
            shoot("documents-list-" + width + "-en");
            page.navigate(url("/documents/new"));
            shoot("documents-compose-" + width + "-en");
            assertWithin(width);
            page.navigate(url("/documents?lang=vi"));
            assertThat(page.locator("#document-rows").innerText())
                    .contains(title)
                    .contains("Công văn")
                    .doesNotContain("CONG_VAN");
            shoot("documents-list-" + width + "-vi");
            assertWithin(width);
        }
    }

    private void assertWithin(int width) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scroll")
                .isLessThanOrEqualTo(width);
    }
}
