package vn.ntm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.imports.ImportMode;
import vn.ntm.testing.NtmTest;
import vn.ntm.unit.OfficialData;
import vn.ntm.unit.UnitImports;

/**
 * The resolution of unresolved mapping rows in Chromium, on the real lists and mapping: an administrator goes from
 * the administration menu to the open rows, finds the old unit of a row by typing its name without diacritics,
 * chooses it, gives a reason and saves (1366 px); on a phone (360 px) the list stacks without horizontal scroll and
 * a row is marked "in no list"; the English page speaks English.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"ntm.embedded-db.database=mapping_browser", "ntm.demo.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MappingResolutionInBrowserTest extends BrowserTest {

    @Autowired
    SystemActor system;

    @Autowired
    UnitImports imports;

    @Autowired
    PasswordEncoder encoder;

    static boolean imported;

    void importOnce() {
        if (!imported) {
            system.run("test", () -> imports.importManifest(OfficialData.manifest(), ImportMode.ALL_OR_NOTHING));
            jdbc.sql("insert into app_user (username, password_hash, role) values ('quantri', ?, 'ADMIN')")
                    .param(encoder.encode(DemoUsers.PASSWORD))
                    .update();
            imported = true;
        }
    }

    int row(String condition) {
        return jdbc.sql("select row_no from unit_mapping_open_row where " + condition + " order by row_no limit 1")
                .query(Integer.class)
                .single();
    }

    @Test
    @Order(1)
    void on_a_desktop_the_administrator_finds_the_old_unit_by_name_and_saves_the_decision() {
        importOnce();
        open(1366, 900);
        signIn("quantri");
        page.navigate(url("/admin"));
        page.getByRole(AriaRole.LINK, named("Dòng chưa xác định của bảng chuyển đổi"))
                .click();
        assertThat(page.locator("h1")).hasText("Dòng chưa xác định của bảng chuyển đổi");
        assertThat(page.locator("main")).containsText("Còn 142 dòng chưa xác định");
        shoot("mapping-rows-1366");
        shootTop("mapping-rows-1366-top");
        int conDao = row("new_name = 'Đặc khu Côn Đảo'");
        page.getByRole(AriaRole.LINK, named("Xác định dòng " + conDao)).click();
        assertThat(page.locator("h1")).hasText("Xác định dòng " + conDao + " của bảng chuyển đổi");
        assertThat(page.locator("main")).containsText("Huyện Côn Đảo (755, Tỉnh Bà Rịa - Vũng Tàu)");
        page.getByLabel("Tìm xã cũ theo tên (không cần dấu)").fill("con dao");
        page.getByRole(AriaRole.BUTTON, named("Tìm")).first().click();
        assertThat(page.locator("main")).containsText("Kết quả tìm \"con dao\"");
        page.getByLabel("755 Huyện Côn Đảo (Tỉnh Bà Rịa - Vũng Tàu)").check();
        assertThat(page.getByLabel("26732 Đặc khu Côn Đảo (Thành phố Hồ Chí Minh)"))
                .isChecked();
        page.getByLabel("Lý do (bắt buộc: văn bản, nghị quyết làm căn cứ)").fill("Kiểm thử: huyện đảo không có xã");
        shoot("mapping-row-1366");
        shootTop("mapping-row-1366-top");
        page.getByRole(AriaRole.BUTTON, named("Lưu quyết định")).click();
        assertThat(page.locator("p.ok[role=status]")).hasText("Đã lưu quyết định cho dòng " + conDao + ".");
        assertThat(page.locator("#r" + conDao)).containsText("Đã xác định: 755 Huyện Côn Đảo");
        assertThat(page.locator("main")).containsText("Còn 141 dòng chưa xác định");
        assertThat(jdbc.sql("""
                        select count(*) from unit_lineage l join admin_unit o on o.id = l.predecessor_id
                        join admin_unit n on n.id = l.successor_id
                        where o.code = '755' and o.level = 'DISTRICT' and n.code = '26732' and l.resolution_id is not null""").query(Long.class).single()).isEqualTo(1);
        shoot("mapping-rows-after-1366");
        shootTop("mapping-rows-after-1366-top");
    }

    @Test
    @Order(2)
    void on_a_phone_the_rows_stack_and_a_row_is_marked_in_no_list() {
        importOnce();
        openPhone();
        signIn("quantri");
        page.navigate(url("/admin/units/mapping"));
        assertThat(page.locator("table.stack thead")).not().isInViewport();
        assertNoHorizontalScroll();
        shoot("mapping-rows-360");
        shootTop("mapping-rows-360-top");
        int row = row("old_name = 'Xã Nghĩa Thịnh'");
        page.getByRole(AriaRole.LINK, named("Xác định dòng " + row)).click();
        assertNoHorizontalScroll();
        page.getByLabel("Xã cũ không có trong danh sách nào (không tạo quan hệ)")
                .check();
        page.getByLabel("Lý do (bắt buộc: văn bản, nghị quyết làm căn cứ)")
                .fill("Kiểm thử: không có trong danh sách nào");
        shoot("mapping-row-360");
        shootTop("mapping-row-360-top");
        page.getByRole(AriaRole.BUTTON, named("Lưu quyết định")).click();
        assertThat(page.locator("p.ok[role=status]")).hasText("Đã lưu quyết định cho dòng " + row + ".");
        assertThat(page.locator("#r" + row)).containsText("Đã xác định: xã cũ không có trong danh sách nào");
        assertNoHorizontalScroll();
    }

    @Test
    @Order(3)
    void in_english_the_screens_speak_english() {
        importOnce();
        openPhone();
        signIn("quantri");
        page.navigate(url("/admin/units/mapping?lang=en"));
        assertThat(page.locator("h1")).hasText("Unresolved mapping rows");
        assertThat(page.locator("main")).containsText("rows still unresolved");
        assertNoHorizontalScroll();
        shoot("mapping-rows-360-en");
        shootTop("mapping-rows-360-en-top");
        page.navigate(url("/admin/units/import?lang=en"));
        assertThat(page.locator("h1")).hasText("Import administrative units");
        assertNoHorizontalScroll();
        shoot("unit-import-360-en");
        shootTop("unit-import-360-en-top");
        open(1366, 900);
        signIn("quantri");
        page.navigate(url("/admin/units/mapping/"
                + jdbc.sql("select row_key from unit_mapping_open_row where "
                                + "old_name = 'Phường Xương Huân' limit 1")
                        .query(String.class)
                        .single()
                + "?lang=en"));
        assertThat(page.locator("h1")).containsText("Resolve row");
        shoot("mapping-row-1366-en");
        shootTop("mapping-row-1366-en-top");
    }

    @Test
    @Order(4)
    void the_import_screen_shows_the_rules_applied_and_every_row_to_note() {
        importOnce();
        open(1366, 900);
        signIn("quantri");
        page.navigate(url("/admin"));
        page.getByRole(AriaRole.LINK, named("Nhập danh mục đơn vị hành chính")).click();
        page.getByLabel("Bảng chuyển đổi xã cũ → xã mới").check();
        page.getByLabel("Tệp (JSON hoặc CSV)").setInputFiles(OfficialData.dir().resolve("vn-ward-mapping-2025.json"));
        page.getByLabel("Ngày có hiệu lực").fill("01/07/2025");
        page.getByRole(AriaRole.BUTTON, named("Nhập")).click();
        assertThat(page.locator("p[role=status]")).containsText("Không có thay đổi");
        assertThat(page.locator("main")).containsText("Quy tắc đã áp dụng");
        assertThat(page.locator("main")).containsText("Mã xã cũ đúng; tên trong danh sách có thêm chữ \"NT\"");
        assertThat(page.locator("main")).containsText("Quản trị viên đã chọn đơn vị");
        page.locator("h3", new Page.LocatorOptions().setHasText("Quy tắc đã áp dụng"))
                .scrollIntoViewIfNeeded();
        shootTop("unit-import-report-1366-top");
        page.locator("table.stack")
                .first()
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(Chromium.SCREENSHOTS.resolve("unit-import-rules-1366.png")));
        page.setViewportSize(PHONE_WIDTH, 780);
        assertNoHorizontalScroll();
        page.locator("table.stack")
                .first()
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(Chromium.SCREENSHOTS.resolve("unit-import-rules-360.png")));
    }

    /** What the user sees first (the full-page shots of the long list are too tall to look at). */
    private void shootTop(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name + ".png")));
    }

    private void assertNoHorizontalScroll() {
        int width = ((Number) page.evaluate("() => document.documentElement.clientWidth")).intValue();
        int scroll = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertThat(scroll).as("horizontal scroll on " + page.url()).isLessThanOrEqualTo(width + 1);
    }
}
