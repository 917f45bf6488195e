package vn.ntm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.testing.NtmTest;

/**
 * The Excel round trip as a commune officer does it in Chromium, on a phone and on a desktop: reach the Excel screen
 * by links from the unit list, download the template, fill it (one good value, a bad number, a bad "Đạt", a formula
 * and a formula-looking reason), upload it through the file input, read the preview, be refused "all or nothing",
 * apply "only valid rows", see the standing move on the year page, download the error report. A province officer
 * downloads the template of every commune in scope. Screenshots: target/screenshots/excel-*.png.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {"ntm.embedded-db.database=browser_excel", "ntm.exchange.directory=target/browser-excel"})
class ExcelRoundTripInBrowserTest extends BrowserTest {

    static final String SET = "NTM-XA-2021-2025";
    static final Pattern MET = Pattern.compile("đạt (\\d+)/19 tiêu chí");

    @Test
    void on_a_phone_the_officer_fills_the_template_and_sees_each_error_by_row_and_column_then_applies_the_valid_cells()
            throws Exception {
        openPhone();
        roundTrip("phone", "15.4", 55, "55", "20");
    }

    @Test
    void on_a_desktop_the_same_round_trip_works_with_a_qualitative_value() throws Exception {
        open(1280, 900);
        roundTrip("desktop", "13.3", null, "Đạt", "Không đạt");
    }

    /**
     * One round trip: {@code good} gets {@code number} (or the text {@code after} when number is null), which meets
     * the indicator and so adds one criterion; three other cells are wrong and one reason looks like a formula.
     */
    private void roundTrip(String shot, String good, Integer number, String after, String before) throws Exception {
        signIn("xa.thuonglo");
        long id = thuongLo();
        goToTheExchangeScreenByLinks();
        int metBefore = metOnTheYearPage(id);
        page.getByRole(AriaRole.LINK, named("Tải mẫu Excel / Nhập từ Excel")).click();
        shoot("excel-" + shot + "-1-exchange-screen");

        XSSFWorkbook workbook = download(page.getByRole(AriaRole.LINK, named("Tải mẫu của Xã Thượng Lộ (.xlsx)")));
        Sheet sheet = workbook.getSheet("Giá trị");
        assertThat(sheet).as("the values sheet").isNotNull();
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã số (id)");
        assertThat(sheet.getRow(1).getCell(column(sheet, "15.4")).getStringCellValue())
                .contains("sổ khám chữa bệnh điện tử");
        assertThat(sheet.getLastRowNum())
                .as("one commune: codes, wording, one row")
                .isEqualTo(2);
        Row row = sheet.getRow(2);
        assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(id);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("20185");
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Xã Thượng Lộ");
        assertThat(text(row.getCell(column(sheet, good)))).isEqualTo(before);

        String badNumber = shot.equals("phone") ? "2.1" : "2.2";
        String badMet = shot.equals("phone") ? "1.1" : "1.2";
        String formula = shot.equals("phone") ? "9.2" : "6.3";
        String reason = "Không đánh giá: =HYPERLINK(\"http://x\",\"" + shot + "\")";
        if (number != null) {
            row.getCell(column(sheet, good)).setCellValue(number);
        } else {
            row.getCell(column(sheet, good)).setCellValue(after);
        }
        cell(row, column(sheet, badNumber)).setCellValue("12,3,4");
        cell(row, column(sheet, badMet)).setCellValue("Có lẽ");
        cell(row, column(sheet, formula)).setCellFormula("HYPERLINK(\"http://x\",\"y\")");
        cell(row, column(sheet, "7")).setCellValue(reason);
        Path file = Files.createTempFile("thuong-lo-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }

        page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, named("Xem trước")).click();
        assertThat(page.locator("h1")).containsText("Xem trước khi nhập: " + SET + ", năm 2024");
        Locator counts = page.locator("table.counts");
        assertThat(counts.locator("tr")
                        .filter(new Locator.FilterOptions().setHasText("Sẽ thay đổi"))
                        .locator("td"))
                .hasText("2");
        assertThat(counts.locator("tr")
                        .filter(new Locator.FilterOptions().setHasText("Lỗi"))
                        .locator("td"))
                .hasText("3");
        Locator changes = page.locator("table:not(.issues):not(.counts) tbody tr");
        assertThat(changes).hasCount(2);
        assertThat(at(changes, "dòng 3, cột " + letter(sheet, good)).locator("td"))
                .containsText(
                        new String[] {"dòng 3, cột " + letter(sheet, good), "20185 Xã Thượng Lộ", good, before, after});
        assertThat(at(changes, "dòng 3, cột " + letter(sheet, "7"))
                        .locator("td")
                        .last())
                .hasText("→ " + reason);
        assertThat(page.locator("main a[href^='http://x']")).hasCount(0); // formula text is text, never a link
        Locator errors = page.locator("table.issues tbody tr");
        assertThat(errors).hasCount(3);
        assertThat(at(errors, "dòng 3, cột " + letter(sheet, badNumber))
                        .locator("td")
                        .last())
                .hasText("Giá trị \"12,3,4\" của chỉ tiêu " + badNumber + " không phải là số (ví dụ 20,5 hoặc 20.5).");
        assertThat(at(errors, "dòng 3, cột " + letter(sheet, badMet))
                        .locator("td")
                        .last())
                .hasText(
                        "Giá trị \"Có lẽ\" của chỉ tiêu " + badMet + " không hợp lệ: chọn \"Đạt\" hoặc \"Không đạt\".");
        assertThat(at(errors, "dòng 3, cột " + letter(sheet, formula))
                        .locator("td")
                        .last())
                .hasText("Giá trị \"=HYPERLINK(\"http://x\",\"y\")\" của chỉ tiêu " + formula
                        + " không phải là số (ví dụ 20,5 hoặc 20.5).");
        shoot("excel-" + shot + "-2-preview");

        page.getByLabel("Áp dụng tất cả hoặc không (có lỗi thì không ghi gì)").check();
        page.getByRole(AriaRole.BUTTON, named("Áp dụng")).click();
        assertThat(page.locator("main [role=alert]")).containsText("còn 3 lỗi");
        assertThat(page.locator("main [role=alert]")).containsText("không ghi giá trị nào");
        shoot("excel-" + shot + "-3-all-or-nothing-refused");
        page.getByRole(AriaRole.LINK, named("Xem kết quả đánh giá")).click();
        assertThat(page.locator(".headline")).containsText("đạt " + metBefore + "/19 tiêu chí");
        assertThat(indicatorRow(good)).containsText(before);
        page.goBack();

        page.getByLabel("Chỉ áp dụng các dòng hợp lệ (bỏ qua các ô lỗi)").check();
        page.getByRole(AriaRole.BUTTON, named("Áp dụng")).click();
        assertThat(page.locator("main [role=status]").first())
                .containsText("Đã áp dụng (chỉ các dòng hợp lệ): ghi 2 giá trị");
        assertThat(page.locator("main [role=status]").first()).containsText("bỏ qua 3 ô lỗi");
        shoot("excel-" + shot + "-4-valid-rows-applied");

        XSSFWorkbook report = download(page.getByRole(AriaRole.LINK, named("Tải báo cáo đầy đủ (.xlsx)")));
        List<String> listed = new ArrayList<>();
        for (Sheet s : report) {
            for (Row r : s) {
                StringBuilder line = new StringBuilder(s.getSheetName()).append(':');
                for (Cell c : r) {
                    assertThat(c.getCellType()).as("report cells are text").isEqualTo(CellType.STRING);
                    line.append(' ').append(c.getStringCellValue());
                }
                listed.add(line.toString());
            }
        }
        assertThat(listed)
                .anySatisfy(l ->
                        assertThat(l).contains("dòng 3, cột " + letter(sheet, badNumber), "12,3,4", "không phải là số"))
                .anySatisfy(
                        l -> assertThat(l).contains("dòng 3, cột " + letter(sheet, badMet), "Có lẽ", "không hợp lệ"))
                .anySatisfy(l -> assertThat(l).contains("dòng 3, cột " + letter(sheet, formula), "=HYPERLINK"))
                .anySatisfy(l -> assertThat(l).contains("dòng 3, cột " + letter(sheet, good), before, after));

        page.getByRole(AriaRole.LINK, named("Xem kết quả đánh giá")).click();
        assertThat(page.locator(".headline")).containsText("đạt " + (metBefore + 1) + "/19 tiêu chí");
        assertThat(indicatorRow(good)).containsText(after);
        shoot("excel-" + shot + "-5-year-page-after");
    }

    @Test
    void a_province_officer_downloads_the_template_of_every_commune_in_scope_from_the_menu() throws Exception {
        open(1280, 900);
        signIn("tinh.hue");
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Nhập/xuất Excel")
                                .setExact(true))
                .click();
        // the menu opens the year the one rule chooses (Huế's own units have no values yet: 2025), with the reason
        assertThat(page.locator("main [role=status]").first()).containsText("chưa có chỉ tiêu nào");
        page.locator(".years")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("2024").setExact(true))
                .click();
        assertThat(page.locator("h1")).containsText(SET + ", năm 2024");
        Locator listed = page.locator("section[aria-labelledby=units] tbody tr");
        assertThat(listed.first()).isVisible();
        List<String> codes = new ArrayList<>();
        for (String code : listed.locator("td:first-child").allTextContents()) {
            codes.add(code.trim());
        }
        assertThat(codes).contains("20185");
        shoot("excel-province-1-exchange-screen");

        XSSFWorkbook workbook = download(page.locator("a.button"));
        Sheet sheet = workbook.getSheet("Giá trị");
        List<String> rows = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            rows.add(sheet.getRow(r).getCell(1).getStringCellValue());
        }
        assertThat(rows).as("one row per commune listed on the screen").containsExactlyInAnyOrderElementsOf(codes);
        assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) (3 + 57));
    }

    /** Home → (menu) unit list on a day in 2024 → Thượng Lộ → its assessment → 2024 → the Excel link. */
    private void goToTheExchangeScreenByLinks() {
        page.locator("header nav")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Đơn vị hành chính")
                                .setExact(true))
                .click();
        page.getByLabel("Tại ngày").fill("31/12/2024");
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        page.locator("tr")
                .filter(new Locator.FilterOptions().setHasText("Xã Thượng Lộ"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Chi tiết"))
                .click();
        page.locator("main a[href^='/assessments/']").first().click();
        page.locator(".years")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("2024").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/assessments/\\d+/" + SET + "/2024$"));
        page.getByRole(AriaRole.LINK, named("Tải mẫu Excel / Nhập từ Excel")).click();
        assertThat(page.locator("h1")).hasText("Nhập/xuất Excel: " + SET + ", năm 2024");
        page.getByRole(AriaRole.LINK, named("Xã Thượng Lộ (20185)")).click();
    }

    private int metOnTheYearPage(long id) {
        assertThat(page).hasURL(Pattern.compile(".*/assessments/" + id + "/" + SET + "/2024$"));
        Matcher m = MET.matcher(page.locator(".headline").textContent());
        assertThat(m.find()).as("headline says đạt N/19").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The row of a preview table whose first cell is exactly this "dòng N, cột X". */
    private Locator at(Locator rows, String ref) {
        return rows.filter(
                new Locator.FilterOptions().setHas(page.getByText(ref, new Page.GetByTextOptions().setExact(true))));
    }

    /** The indicator's row in the year page's grid, its criterion unfolded as a user would. */
    private Locator indicatorRow(String code) {
        Locator row = page.locator("tr#i-" + code.replace(".", "\\."));
        Locator criterion = page.locator("details.criterion").filter(new Locator.FilterOptions().setHas(row));
        if (!Boolean.TRUE.equals(criterion.evaluate("d => d.open"))) {
            criterion.locator("summary").click();
        }
        return row;
    }

    private XSSFWorkbook download(Locator link) throws IOException {
        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        try (InputStream in = download.createReadStream()) {
            return new XSSFWorkbook(in);
        }
    }

    private static int column(Sheet sheet, String code) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + code);
    }

    private static String letter(Sheet sheet, String code) {
        return CellReference.convertNumToColString(column(sheet, code));
    }

    private static Cell cell(Row row, int column) {
        Cell c = row.getCell(column);
        return c != null ? c : row.createCell(column);
    }

    private static String text(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC
                ? new BigDecimal(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString()
                : cell.getStringCellValue();
    }
}
