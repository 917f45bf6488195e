package vn.ntm.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.DemoPlaces;

/**
 * What the browser test classes share: one Chromium per class, a fresh context (viewport, language) per test,
 * signing in through the login form, unit ids of the demo data, screenshots under target/screenshots. Each subclass
 * carries its own {@code @SpringBootTest} (its own database).
 */
abstract class BrowserTest {

    static final int PHONE_WIDTH = 360;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void startBrowser() throws Exception {
        playwright = Chromium.start();
        browser = Chromium.launch(playwright);
        Files.createDirectories(Chromium.SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** A new context and page: a phone (360 wide) or a desktop, Vietnamese unless told. */
    void open(int width, int height) {
        close();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("vi-VN")
                .setAcceptDownloads(true));
        page = context.newPage();
    }

    void openPhone() {
        open(PHONE_WIDTH, 780);
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in as a demo user whose language is Vietnamese again (a test that switched to English saved it). */
    void signIn(String user) {
        jdbc.sql("update app_user set locale = 'vi' where lower(username) = lower(?)")
                .param(user)
                .update();
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(user);
        page.getByLabel("Mật khẩu").fill(DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    /** The id of the unit holding a code on a day, at a level (codes are reused across reorganisations). */
    long unitId(String code, String level, String day) {
        return jdbc.sql("""
                        select u.id from admin_unit u where u.code = ? and u.level = ?
                        and u.valid_from <= ?::date and (u.valid_to is null or u.valid_to > ?::date)""").params(code, level, day, day).query(Long.class).single();
    }

    /** The id of a demo place on its day. */
    long unitId(DemoPlaces.Place place) {
        return place.id(jdbc);
    }

    long thuongLo() {
        return unitId(DemoPlaces.THUONG_LO);
    }

    long thuaThienHue() {
        return unitId(DemoPlaces.THUA_THIEN_HUE);
    }

    void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
