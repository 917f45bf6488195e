package vn.ntm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.Http;
import vn.ntm.testing.NtmTest;

/**
 * The stale sheet in Chromium, on a phone and a desktop, in Vietnamese and English: the officer of Khe Tre uploads
 * a template downloaded before the leader changed 15.3 from 50 to 77, sees 15.3 among the conflicts (stored 77 by
 * the leader, when; 50 in the file), applies without ticking it, and 15.3 stays 77 while 15.4 is written.
 * Screenshots: target/screenshots/stale-*.png.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {"ntm.embedded-db.database=browser_stale", "ntm.exchange.directory=target/browser-stale"})
class StaleSheetInBrowserTest extends BrowserTest {

    static final String SET = "NTM-XA-2021-2025";

    @Test
    void on_a_phone_and_a_desktop_in_both_languages_the_conflict_is_shown_and_the_leaders_value_is_kept()
            throws Exception {
        long kheTre = unitId(DemoPlaces.KHE_TRE);
        Http http = new Http(port);
        save(http, "xa.khetre", kheTre, "15.3", "50");
        save(http, "xa.khetre", kheTre, "15.4", "20");
        HttpResponse<byte[]> template =
                http.bytes("/api/v1/exchange/" + SET + "/2025/template?unit=" + kheTre, "xa.khetre");
        assertThat(template.statusCode()).isEqualTo(200);
        save(http, "lanhdao.khetre", kheTre, "15.3", "77");
        Path file = edited(template.body(), "15.4", 55);

        openPhone();
        signIn("xa.khetre");
        page.navigate(url("/exchange/" + SET + "/2025?unit=" + kheTre));
        page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, named("Xem trước")).click();
        page.waitForURL(u -> u.contains("/exchange/previews/"));
        String preview = page.url();
        Locator conflict = page.locator("table.conflicts tbody tr");
        assertThat(conflict).hasCount(1);
        assertThat(conflict.locator("td"))
                .containsText(
                        new String[] {"dòng 3, cột", "20161 Xã Khe Tre", "15.3", "77", "50", "lanhdao.khetre, lúc "});
        assertThat(page.locator("h2#conflicts")).hasText("Ô xung đột: 1");
        assertThat(page.getByLabel("Ghi đè bằng 50")).not().isChecked();
        shoot("stale-phone-vi-preview");
        page.setViewportSize(1366, 900);
        shoot("stale-desktop-vi-preview");

        page.navigate(preview + (preview.contains("?") ? "&" : "?") + "lang=en");
        assertThat(page.locator("h2#conflicts")).hasText("Conflicting cells: 1");
        assertThat(conflict.locator("td"))
                .containsText(new String[] {"row 3, column", "20161", "15.3", "77", "50", "lanhdao.khetre, at "});
        shoot("stale-desktop-en-preview");
        page.setViewportSize(PHONE_WIDTH, 780);
        shoot("stale-phone-en-preview");
        page.navigate(preview + (preview.contains("?") ? "&" : "?") + "lang=vi");

        page.getByLabel("Chỉ áp dụng các dòng hợp lệ (bỏ qua các ô lỗi)").check();
        page.getByRole(AriaRole.BUTTON, named("Áp dụng")).click();
        assertThat(page.locator("main [role=status]").filter(new Locator.FilterOptions().setHasText("Ô xung đột")))
                .hasText("Ô xung đột: giữ giá trị đang lưu ở 1 ô, ghi đè bằng giá trị trong tệp ở 0 ô.");
        shoot("stale-phone-vi-applied");
        assertThat(stored(kheTre, "15.3")).isEqualByComparingTo("77");
        assertThat(stored(kheTre, "15.4")).isEqualByComparingTo("55");
    }

    private void save(Http http, String user, long unit, String code, String value) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("value", value));
        jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2025""").params(unit, code).query(Integer.class).optional().ifPresent(v -> body.put("version", v));
        HttpResponse<String> saved =
                http.put("/api/v1/assessments/" + unit + "/" + SET + "/2025/values/" + code, user, body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static Path edited(byte[] template, String code, int value) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheet("Giá trị");
            for (Cell cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals(code)) {
                    sheet.getRow(2)
                            .getCell(cell.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                            .setCellValue(value);
                }
            }
            Path file = Files.createTempFile("khe-tre-", ".xlsx");
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        }
    }

    private BigDecimal stored(long unit, String code) {
        return jdbc.sql("""
                        select v.numeric_value from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = ? and v.year = 2025""").params(unit, code).query(BigDecimal.class).single();
    }
}
