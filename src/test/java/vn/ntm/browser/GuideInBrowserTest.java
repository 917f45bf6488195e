package vn.ntm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * In Debian's chromium: the language a user chose wins over an English browser and over another user's cookie, and
 * follows them to another browser; the home page of each role, on a 360 px phone, leads to its work in one click.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=guide_browser")
class GuideInBrowserTest extends BrowserTest {

    static final String SET = "NTM-XA-2021-2025";

    /** A phone whose browser asks for English pages. */
    Page englishPhone() {
        close();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, 780)
                .setLocale("en-US"));
        page = context.newPage();
        return page;
    }

    void signInAs(Page on, String user, String usernameLabel, String passwordLabel, String button) {
        on.navigate(url("/login"));
        on.getByLabel(usernameLabel).fill(user);
        on.getByLabel(passwordLabel).fill(DemoUsers.PASSWORD);
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
        on.waitForURL(u -> !u.contains("/login"));
    }

    @Test
    void the_users_own_language_wins_over_the_browser_and_another_users_cookie_and_follows_them() {
        englishPhone();
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        signInAs(page, "xa.camtrung", "Tên đăng nhập", "Mật khẩu", "Đăng nhập");
        assertThat(page.locator("h1")).hasText("Xin chào, xa.camtrung");
        shoot("guide-language-english-browser-vietnamese-user");

        page.getByRole(AriaRole.LINK, named("English")).click();
        assertThat(page.locator("h1")).hasText("Hello, xa.camtrung");
        // the cookie now says English; another user signing in on this browser keeps their own language
        page.getByRole(AriaRole.BUTTON, named("Sign out")).click();
        signInAs(page, "xa.talen", "Username", "Password", "Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator("h1")).hasText("Xin chào, xa.talen");

        // on another browser (Vietnamese, no cookie) the first user's choice holds
        BrowserContext other = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("vi-VN"));
        try {
            Page second = other.newPage();
            signInAs(second, "xa.camtrung", "Tên đăng nhập", "Mật khẩu", "Đăng nhập");
            assertThat(second.locator("html")).hasAttribute("lang", "en");
            assertThat(second.locator("h1")).hasText("Hello, xa.camtrung");
            second.navigate(url("/account"));
            second.getByLabel("Language of the screens").selectOption("vi");
            second.getByRole(AriaRole.BUTTON, named("Save language")).click();
            assertThat(second.locator("html")).hasAttribute("lang", "vi");
            assertThat(second.locator("main [role=status]").first()).hasText("Đã lưu ngôn ngữ của tài khoản.");
        } finally {
            other.close();
        }
        assertThat(jdbc.sql("select locale from app_user where username = 'xa.camtrung'")
                        .query(String.class)
                        .single())
                .isEqualTo("vi");
    }

    /** A role's home page: who signs in, the link that leads to the work, the address and a text it opens on. */
    record Role(String user, String heading, String link, String address, String opened) {}

    @Test
    void the_home_page_leads_each_role_to_its_work_on_a_phone() {
        long thuongLo = thuongLo();
        long kheTre = unitId(DemoPlaces.KHE_TRE);
        long hue = unitId(DemoPlaces.HUE);
        long laiChau = unitId(DemoPlaces.LAI_CHAU);
        List<Role> roles = List.of(
                new Role(
                        "xa.thuonglo",
                        "Việc của Xã Thượng Lộ năm 2024",
                        "Mở trang kết quả năm 2024",
                        "/assessments/" + thuongLo + "/" + SET + "/2024",
                        "đạt 17/19 tiêu chí"),
                new Role(
                        "xa.khetre",
                        "Việc của Xã Khe Tre năm 2025",
                        "Mở trang kết quả năm 2025",
                        "/assessments/" + kheTre + "/" + SET + "/2025",
                        "Kết quả"),
                new Role(
                        "lanhdao.khetre",
                        "Việc của Xã Khe Tre năm 2025",
                        "Không có đề nghị thay đổi nào chờ duyệt",
                        "/change-requests/" + kheTre,
                        "Không có yêu cầu nào chờ duyệt."),
                new Role(
                        "so.yte.hue",
                        "Giá trị chờ thẩm định",
                        "Mở danh sách thẩm định",
                        "/agency/" + SET + "/2025",
                        "Thẩm định kết quả các chỉ tiêu năm 2025"),
                new Role(
                        "tinh.hue",
                        "Tổng hợp của Thành phố Huế",
                        "Mở tổng hợp: Thành phố Huế — 2025",
                        "/overview/" + hue + "/" + SET + "/2025",
                        "Thành phố Huế"),
                new Role(
                        "tinh.hue",
                        "Số liệu gần nhất trong phạm vi của bạn: năm 2024, bộ NTM-XA-2021-2025",
                        "Tỉnh Thừa Thiên Huế: 1 xã có số liệu",
                        "/overview/" + thuaThienHue() + "/" + SET + "/2024",
                        "Xã Thượng Lộ"),
                new Role("admin", "Cả nước", "Đơn vị hành chính cả nước", "/units", "Đơn vị hành chính"),
                new Role(
                        "xem.laichau",
                        "Tổng hợp của Tỉnh Lai Châu",
                        "Mở tổng hợp: Tỉnh Lai Châu — 2025",
                        "/overview/" + laiChau + "/" + SET + "/2025",
                        "Tỉnh Lai Châu"));
        for (Role role : roles) {
            openPhone();
            signIn(role.user());
            page.navigate(url("/"));
            assertThat(page.getByRole(AriaRole.HEADING, named(role.heading()))).isVisible();
            Number scroll = (Number) page.evaluate("() => document.scrollingElement.scrollWidth");
            assertThat(scroll.intValue())
                    .as(role.user() + ": no horizontal scroll at 360 px")
                    .isLessThanOrEqualTo(PHONE_WIDTH + 1);
            shoot("guide-home-" + role.user() + (role.link().startsWith("Tỉnh Thừa") ? "-latest" : ""));
            page.getByRole(AriaRole.LINK, named(role.link())).click();
            page.waitForURL(u -> u.endsWith(role.address()));
            assertThat(page.locator("main")).containsText(role.opened());
        }
        // the same on a desktop, in English, for the province officer
        open(1366, 900);
        signIn("tinh.hue");
        page.navigate(url("/?lang=en"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Overview of Thành phố Huế")))
                .isVisible();
        shoot("guide-home-tinh.hue-desktop-en");
        page.navigate(url("/?lang=vi"));
    }
}
