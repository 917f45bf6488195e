package vn.ntm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ntm.access.SystemActor;
import vn.ntm.unit.UnitAttribute;
import vn.ntm.unit.UnitAttributes;

/**
 * On a 360 px phone: an administrator authors one 2026-2030 indicator with a threshold for commune group 2 on
 * screen (the wording and number are test data, not the decision's), then Khe Tre's officer enters a value for it
 * and sees it judged against that threshold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ntm.embedded-db.data-dir=target/pg-test", "ntm.embedded-db.database=authoring_browser",
        "ntm.embedded-db.fresh=true"})
class AuthoringInBrowserTest extends BrowserTest {

    static final String NEXT = "NTM-XA-2026-2030";

    @Autowired
    UnitAttributes attributes;

    @Autowired
    SystemActor system;

    @Test
    void an_indicator_authored_on_a_phone_judges_the_value_a_commune_then_enters() {
        long kheTre = unitId("20161", "COMMUNE", "2026-06-30");
        system.run("test", () -> attributes.add(kheTre, new UnitAttributes.AttributeForm(UnitAttribute.COMMUNE_GROUP,
                "2", LocalDate.of(2026, 1, 1), null, "Nhóm xã (dữ liệu kiểm thử)", null, null)));

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
        page.getByLabel("Ngưỡng – Xã nhóm 2", new Page.GetByLabelOptions().setExact(true)).fill("120");
        page.getByRole(AriaRole.BUTTON, named("Lưu chỉ tiêu")).click();
        assertThat(page.locator("main")).containsText("Chỉ tiêu 5.1 tính bằng %: giá trị 120 phải từ 0 đến 100.");
        assertThat(page.getByLabel("Mã chỉ tiêu")).hasValue("5.1");
        shoot("authoring-01-refused-on-phone");
        page.getByLabel("Ngưỡng – Xã nhóm 2", new Page.GetByLabelOptions().setExact(true)).fill("90");
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
}
