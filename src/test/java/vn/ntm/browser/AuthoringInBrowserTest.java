package vn.ntm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.access.SystemActor;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;
import vn.ntm.unit.UnitAttribute;
import vn.ntm.unit.UnitAttributes;

/**
 * On a 360 px phone: an administrator authors one 2026-2030 indicator with a threshold for commune group 2 on
 * screen (the wording and number are test data, not the decision's), then Khe Tre's officer enters a value for it
 * and sees it judged against that threshold.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=authoring_browser")
class AuthoringInBrowserTest extends BrowserTest {

    static final String NEXT = "NTM-XA-2026-2030";

    @Autowired
    UnitAttributes attributes;

    @Autowired
    SystemActor system;

    @Test
    void an_indicator_authored_on_a_phone_judges_the_value_a_commune_then_enters() {
        long kheTre = unitId(DemoPlaces.KHE_TRE.on(DemoPlaces.MID_2026));
        system.run(
                "test",
                () -> attributes.add(
                        kheTre,
                        new UnitAttributes.AttributeForm(
                                UnitAttribute.COMMUNE_GROUP,
                                "2",
                                LocalDate.of(2026, 1, 1),
                                null,
                                "Nhóm xã (dữ liệu kiểm thử)",
                                null,
                                null)));

        openPhone();
        signIn("admin");
        page.navigate(url("/catalog/sets/" + NEXT));
        page.getByRole(AriaRole.LINK, named("Thêm chỉ tiêu vào tiêu chí 5")).click();
        page.getByLabel("Mã chỉ tiêu").fill("5.1");
        page.getByLabel("Nội dung chỉ tiêu").fill("Tỷ lệ người dân tham gia bảo hiểm y tế (dữ liệu kiểm thử)");
        page.getByLabel("Đơn vị đo (ví dụ %)").fill("%");
        page.getByLabel("So sánh với ngưỡng").selectOption("GE");
        page.getByLabel("Giá trị nhỏ nhất").fill("0");
        page.getByLabel("Giá trị lớn nhất").fill("100");
        page.locator("#source").fill("Quyết định kiểm thử số 1");
        page.locator("#sourceDate").fill("29/12/2025");
        page.getByLabel("Ngưỡng – Xã nhóm 2", new Page.GetByLabelOptions().setExact(true))
                .fill("120");
        page.getByRole(AriaRole.BUTTON, named("Lưu chỉ tiêu")).click();
        assertThat(page.locator("main")).containsText("Chỉ tiêu 5.1 tính bằng %: giá trị 120 phải từ 0 đến 100.");
        assertThat(page.getByLabel("Mã chỉ tiêu")).hasValue("5.1");
        shoot("authoring-01-refused-on-phone");
        page.getByLabel("Ngưỡng – Xã nhóm 2", new Page.GetByLabelOptions().setExact(true))
                .fill("90");
        page.getByRole(AriaRole.BUTTON, named("Lưu chỉ tiêu")).click();
        assertThat(page.locator("main")).containsText("Đã thêm chỉ tiêu 5.1.");
        assertThat(page.locator("#i-5\\.1")).containsText("2: 90");
        assertThat(page.locator("#i-5\\.1")).containsText("Nhập bởi admin");
        shoot("authoring-02-indicator-added-on-phone");

        openPhone();
        signIn("xa.khetre");
        page.navigate(url("/assessments/" + kheTre + "/" + NEXT + "/2026/criteria/5"));
        page.locator("#value-5\\.1").fill("85");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#i-5\\.1 legend")).containsText("Không đạt");
        page.locator("#value-5\\.1").fill("92,5");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#i-5\\.1 legend")).containsText("Đạt");
        assertThat(page.locator("#i-5\\.1 legend")).not().containsText("Không đạt");
        shoot("authoring-03-value-judged-on-phone");
    }

    @Test
    void indicators_are_loaded_from_a_sheet_through_the_preview_on_a_phone() throws Exception {
        openPhone();
        signIn("admin");
        page.navigate(url("/catalog/sets/" + NEXT));
        page.getByRole(AriaRole.LINK, named("Soạn chỉ tiêu bằng Excel")).click();
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, named("Tải mẫu Excel (.xlsx)")).click());
        Path filled = Files.createTempFile("chi-tieu", ".xlsx");
        String group2;
        try (InputStream in = Files.newInputStream(download.path());
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            row(sheet, 2, "7.1", "80");
            row(sheet, 3, "7.2", "chín mươi");
            group2 = CellReference.convertNumToColString(column(sheet, "threshold:2"));
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }
        page.getByLabel("Tệp Excel đã điền").setInputFiles(filled);
        page.getByRole(AriaRole.BUTTON, named("Tải lên và xem trước")).click();
        assertThat(page.locator("main")).containsText("dòng 4, cột " + group2);
        assertThat(page.locator("main")).containsText("Giá trị \"chín mươi\" không phải là số");
        assertThat(page.locator("table.changes")).containsText("Ngưỡng – Xã nhóm 2");
        shoot("authoring-04-sheet-preview-on-phone");
        page.getByRole(AriaRole.BUTTON, named("Áp dụng")).click();
        assertThat(page.locator("main [role=alert]")).containsText("Có 1 dòng lỗi");
        page.getByLabel("Chỉ ghi các dòng hợp lệ (bỏ qua các dòng lỗi)").check();
        page.getByRole(AriaRole.BUTTON, named("Áp dụng")).click();
        assertThat(page.locator("main [role=status]")).containsText("thêm 1 chỉ tiêu");
        page.navigate(url("/catalog/sets/" + NEXT));
        assertThat(page.locator("#i-7\\.1")).containsText("2: 80");
        assertThat(page.locator("main")).not().containsText("7.2 ");
        for (int width : List.of(PHONE_WIDTH, 1366)) {
            for (String lang : List.of("vi", "en")) {
                for (String path : List.of(
                        "/catalog/sets/" + NEXT,
                        "/catalog/sets/" + NEXT + "/excel",
                        "/catalog/sets/" + NEXT + "/indicators/new?criterion=7",
                        "/catalog/overlays/new")) {
                    page.setViewportSize(width, 800);
                    page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                    Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
                    Assertions.assertThat(scroll.intValue())
                            .as(path + " " + lang + " " + width)
                            .isLessThanOrEqualTo(width + 1);
                    shoot("authoring-" + width + "-" + lang + "-" + path.replaceAll("[^a-z0-9]+", "-"));
                }
            }
        }
    }

    /** A row of the indicators sheet as an administrator fills it (test wording, not the decision's). */
    private static void row(Sheet sheet, int index, String code, String group2) {
        Row row = sheet.createRow(index);
        row.createCell(column(sheet, "criterion")).setCellValue(7);
        row.createCell(column(sheet, "code")).setCellValue(code);
        row.createCell(column(sheet, "textVi")).setCellValue("Chỉ tiêu kiểm thử " + code);
        row.createCell(column(sheet, "kind")).setCellValue("Định lượng");
        row.createCell(column(sheet, "measureUnit")).setCellValue("%");
        row.createCell(column(sheet, "comparison")).setCellValue("≥");
        row.createCell(column(sheet, "threshold:2")).setCellValue(group2);
        if (group2.matches("\\d+")) {
            row.getCell(column(sheet, "threshold:2")).setCellValue(Double.parseDouble(group2));
        }
    }

    private static int column(Sheet sheet, String code) {
        for (Cell cell : sheet.getRow(0)) {
            if (code.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + code);
    }
}
