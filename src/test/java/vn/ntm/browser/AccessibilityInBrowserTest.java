package vn.ntm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * The main pages at 360px, in Vietnamese and in English, checked in Chromium from inside the page (a11y.js):
 * (a) every visible form control has a label; (b) every image or drawing has a text alternative; (c) Tab reaches
 * every visible link, button and field, each with a visible focus ring (Vietnamese run); (d) text contrast at least
 * 4.5:1 (3:1 for large text) from computed colours; (e) no horizontal scroll; (f) {@code <html lang>} is the chosen
 * language; (g) no word wraps inside itself (a syllable split over two lines), at 360px and at 1366px. The 403, 404
 * and 500 pages are among them, so each renders in both languages. A failure names the page and the element (the
 * word). The list covers every page the controllers serve (checked against their GET mappings). The checker itself
 * is shown to catch each kind of failure on a page built to fail. (h) Chromium reports no content security policy
 * violation (an inline script or style the policy refused) on any visit; the listener is shown to catch both.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=browser_a11y")
class AccessibilityInBrowserTest extends BrowserTest {

    static final String SET = "NTM-XA-2021-2025";
    static final String SCRIPT = script();
    static final int DESKTOP_WIDTH = 1366;

    /**
     * Elements left out of one check because the problem is known and lives in a template owned elsewhere:
     * {check (label|image|contrast|word), CSS selector, issue}. Empty: every page passes every check.
     */
    static final List<Map<String, String>> KNOWN = List.of();

    /**
     * GET mappings of the controllers that are not pages of their own, and why; every other one must have a screen
     * in {@link #screens()}.
     */
    static final Map<String, String> NOT_SCREENS = Map.ofEntries(
            Map.entry("/assessments/{unitId}", "redirects to the latest year page"),
            Map.entry("/overview/{rootId}", "redirects to the latest year of the overview"),
            Map.entry("/agency", "redirects to the agency screen of the latest year"),
            Map.entry("/entry-periods", "redirects to the entry periods of the latest year"),
            Map.entry("/change-requests", "redirects to the user's own unit"),
            Map.entry("/exchange", "redirects to the set and year in force"),
            Map.entry("/error/403", "the page that the 403 screens show"),
            Map.entry("/documents/new/signers", "a fragment of the compose screen: the signers of the body chosen"),
            Map.entry("/documents/issuers/{bodyId}/preview", "a fragment of the issuer screen: the header as typed"),
            Map.entry(
                    "/admin/bodies/position-choices",
                    "a fragment of the bodies screen: the positions of the body chosen"),
            Map.entry("/deadlines/read", "a fragment of the plan forms: how a typed deadline is read"));

    /** A page that fails on purpose, for the 500 page. */
    @TestConfiguration
    static class Failing {
        @Bean
        FailingPage failingPage() {
            return new FailingPage();
        }
    }

    @Controller
    static class FailingPage {
        @GetMapping("/test/failure")
        String fail() {
            throw new IllegalStateException("failure on purpose for the 500 page");
        }
    }

    /** Signed-in sessions per user, so each page does not sign in again. */
    private static final Map<String, String> SESSIONS = new HashMap<>();

    private static final Map<String, Page> PAGES = new HashMap<>();
    private static final Map<String, String> PREVIEW = new HashMap<>();
    /** What Chromium said about the content security policy on the signed-in pages since the last visit. */
    private static final List<String> CSP_VIOLATIONS = Collections.synchronizedList(new ArrayList<>());

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @AfterAll
    static void forget() {
        SESSIONS.clear();
        PAGES.clear();
        PREVIEW.clear();
        CSP_VIOLATIONS.clear();
    }

    @BeforeEach
    void phone() {
        openPhone();
    }

    record Screen(String name, String user, String path, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Screen> SCREENS = List.of(
            new Screen("login", null, "/login", 200),
            new Screen("home", "xa.thuonglo", "/", 200),
            new Screen("home (merged commune)", "xa.khetre", "/", 200),
            new Screen("home (commune leader)", "lanhdao.khetre", "/", 200),
            new Screen("home (agency)", "so.yte.hue", "/", 200),
            new Screen("home (province)", "tinh.hue", "/", 200),
            new Screen("home (administrator)", "admin", "/", 200),
            new Screen("home (viewer)", "xem.laichau", "/", 200),
            new Screen("unit tree", "xa.thuonglo", "/units?date=31/12/2024", 200),
            new Screen("unit", "xa.thuonglo", "/units/{thuongLo}", 200),
            new Screen("year", "xa.thuonglo", "/assessments/{thuongLo}/" + SET + "/2024", 200),
            new Screen("criterion entry", "xa.thuonglo", "/assessments/{thuongLo}/" + SET + "/2024/criteria/15", 200),
            new Screen("indicator value", "xa.thuonglo", "/assessments/{thuongLo}/" + SET + "/2024/values/15.4", 200),
            new Screen("review", "xa.thuonglo", "/assessments/{thuongLo}/" + SET + "/2024/review", 200),
            new Screen("overview", "tinh.hue", "/overview/{hue}/" + SET + "/2024", 200),
            new Screen("agency", "tinh.hue", "/agency", 200),
            new Screen("entry periods", "tinh.hue", "/entry-periods/" + SET + "/2025", 200),
            new Screen("change requests", "lanhdao.khetre", "/change-requests", 200),
            new Screen("catalog", "xa.thuonglo", "/catalog", 200),
            new Screen("catalog set", "xa.thuonglo", "/catalog/sets/" + SET, 200),
            new Screen("catalog compare", "xa.thuonglo", "/catalog/compare?a=" + SET + "&b=NTM-XA-2026-2030", 200),
            new Screen("overlay", "tinh.hue", "/catalog/overlays/{overlay}", 200),
            new Screen("catalog set (administrator)", "admin", "/catalog/sets/NTM-XA-2026-2030", 200),
            new Screen(
                    "indicator authoring", "admin", "/catalog/sets/NTM-XA-2026-2030/indicators/new?criterion=5", 200),
            new Screen("indicators by Excel", "admin", "/catalog/sets/NTM-XA-2026-2030/excel", 200),
            new Screen("overlay by Excel", "tinh.hue", "/catalog/overlays/{overlay}/excel", 200),
            new Screen("new overlay", "tinh.hue", "/catalog/overlays/new", 200),
            new Screen("indicator edit", "admin", "/catalog/indicators/{indicator}", 200),
            new Screen("indicators sheet preview", "admin", "/catalog/excel/{catalogPreview}", 200),
            new Screen("exchange (commune)", "xa.thuonglo", "/exchange/" + SET + "/2024?unit={thuongLo}", 200),
            new Screen("exchange (province)", "tinh.hue", "/exchange/" + SET + "/2024", 200),
            new Screen("exchange preview", "xa.thuonglo", "/exchange/previews/{preview}", 200),
            new Screen("agency with values", "so.yte.hue", "/agency/" + SET + "/2024", 200),
            new Screen("change requests of a unit", "lanhdao.khetre", "/change-requests/{kheTre}", 200),
            new Screen("account", "xa.thuonglo", "/account", 200),
            new Screen("admin", "tinh.hue", "/admin", 200),
            new Screen("users", "tinh.hue", "/admin/users", 200),
            new Screen("sign-ins", "tinh.hue", "/admin/sign-ins", 200),
            new Screen("sign-ins of a user", "admin", "/admin/sign-ins?user={user}", 200),
            new Screen("permissions", "admin", "/admin/permissions", 200),
            new Screen("unit import", "admin", "/admin/units/import", 200),
            new Screen("mapping rows", "admin", "/admin/units/mapping", 200),
            new Screen("mapping row", "admin", "/admin/units/mapping/{mappingRow}", 200),
            new Screen("user and trail", "admin", "/admin/users/{user}", 200),
            new Screen("body and trail", "tinh.hue", "/admin/bodies/{body}/edit", 200),
            new Screen("attribute and trail", "admin", "/admin/units/{thuongLo}/attributes/{attribute}", 200),
            new Screen("user", "tinh.hue", "/admin/users/{leader}", 200),
            new Screen("users import", "tinh.hue", "/admin/users/import", 200),
            new Screen("bodies", "tinh.hue", "/admin/bodies?unit={kheTre}", 200),
            new Screen("bodies import", "tinh.hue", "/admin/bodies/import", 200),
            new Screen("unit attributes", "admin", "/admin/units/{thuongLo}/attributes", 200),
            new Screen("working-day calendar", "admin", "/admin/calendar?year=2027", 200),
            new Screen("documents", "lanhdao.khetre", "/documents", 200),
            new Screen("compose a document", "lanhdao.khetre", "/documents/new", 200),
            new Screen("document (demo Party công văn)", "lanhdao.khetre", "/documents/{partyDocument}", 200),
            new Screen(
                    "register of outgoing documents", "lanhdao.khetre", "/documents/register?body={ubndKheTre}", 200),
            new Screen("issuers of a unit", "lanhdao.khetre", "/documents/issuers?unit={kheTre}", 200),
            new Screen("issuer settings (Đảng ủy)", "lanhdao.khetre", "/documents/issuers/{dangUyKheTre}", 200),
            new Screen("403 role", "xa.thuonglo", "/admin/users", 403),
            new Screen("403 scope", "xa.talen", "/assessments/{thuongLo}/" + SET + "/2024", 403),
            new Screen("404 page", "xa.thuonglo", "/khong-co-trang-nay", 404),
            new Screen("404 unit", "xa.thuonglo", "/units/987654321", 404),
            new Screen("500", "xa.thuonglo", "/test/failure", 500));

    static Stream<Arguments> screens() {
        return Stream.of("vi", "en").flatMap(lang -> SCREENS.stream().map(s -> Arguments.of(lang, s)));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("screens")
    void the_page_is_usable_with_a_keyboard_a_screen_reader_and_a_small_screen(String lang, Screen screen) {
        visit(screen, lang);
        @SuppressWarnings("unchecked")
        Map<String, Object> audit = (Map<String, Object>) page.evaluate("k => window.ntmA11y.audit(k)", KNOWN);
        List<String> failures = new ArrayList<>();
        String where = screen.name() + " (" + lang + ", " + screen.path() + ")";
        for (String check : List.of("unlabelled", "noAlternative", "lowContrast", "tooWide", "brokenWords")) {
            for (Object element : (List<?>) audit.get(check)) {
                failures.add(where + ": " + check + ": " + element);
            }
        }
        int width = ((Number) audit.get("width")).intValue();
        int scrollWidth = ((Number) audit.get("scrollWidth")).intValue();
        if (scrollWidth > width + 1) {
            failures.add(where + ": horizontal scroll " + scrollWidth + " > " + width);
        }
        if (!lang.equals(audit.get("lang"))) {
            failures.add(where + ": <html lang=\"" + audit.get("lang") + "\">, expected " + lang);
        }
        if (lang.equals("vi")) {
            failures.addAll(keyboard(where));
        }
        for (Object known : (List<?>) audit.get("knownFailures")) {
            System.out.println("KNOWN accessibility problem, " + where + ": " + known);
        }
        if (lang.equals("vi")) {
            shoot("a11y-" + screen.name().replaceAll("[^a-z0-9]+", "-"));
        }
        assertThat(((Number) audit.get("checked")).intValue())
                .as(where + ": text nodes whose contrast was checked")
                .isPositive();
        assertThat(failures).as(where).isEmpty();
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("screens")
    void no_word_wraps_inside_itself_on_a_desktop_either(String lang, Screen screen) {
        visit(screen, lang, DESKTOP_WIDTH);
        @SuppressWarnings("unchecked")
        Map<String, Object> audit = (Map<String, Object>) page.evaluate("k => window.ntmA11y.audit(k)", KNOWN);
        String where = screen.name() + " (" + lang + ", " + DESKTOP_WIDTH + " px, " + screen.path() + ")";
        for (Object known : (List<?>) audit.get("knownFailures")) {
            System.out.println("KNOWN accessibility problem, " + where + ": " + known);
        }
        if (lang.equals("vi")) {
            shoot("a11y-desktop-" + screen.name().replaceAll("[^a-z0-9]+", "-"));
        }
        assertThat(((Number) audit.get("textsChecked")).intValue())
                .as(where + ": texts checked")
                .isPositive();
        assertThat((List<?>) audit.get("brokenWords"))
                .as(where + ": words wrapped inside themselves")
                .isEmpty();
        assertThat(((Number) audit.get("scrollWidth")).intValue())
                .as(where + ": page width")
                .isLessThanOrEqualTo(DESKTOP_WIDTH + 1);
    }

    @Test
    void every_page_the_controllers_serve_is_among_the_screens_checked() {
        List<String> covered =
                SCREENS.stream().map(s -> s.path().replaceAll("\\?.*", "")).toList();
        PathPatternParser parser = new PathPatternParser();
        List<String> missing = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            boolean page = method.getBeanType().getPackageName().startsWith("vn.ntm")
                    && method.getReturnType().getParameterType() == String.class
                    && !method.hasMethodAnnotation(ResponseBody.class)
                    && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
            if (!get || !page) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                pages.add(pattern);
                PathPattern parsed = parser.parse(pattern);
                boolean checked = covered.stream()
                        .anyMatch(p -> parsed.matches(PathContainer.parsePath(p.replaceAll("\\{[a-zA-Z]+}", "1"))));
                if (!checked && !NOT_SCREENS.containsKey(pattern)) {
                    missing.add(pattern + " (" + method.getShortLogMessage() + ")");
                }
            }
        });
        assertThat(pages).as("page mappings found").hasSizeGreaterThan(30);
        assertThat(missing)
                .as("pages without a screen in AccessibilityInBrowserTest.SCREENS")
                .isEmpty();
    }

    @Test
    void each_error_page_says_what_happened_in_the_chosen_language() {
        Map<String, List<String>> titles = Map.of(
                "vi",
                List.of("Không có quyền", "Không tìm thấy", "Lỗi hệ thống"),
                "en",
                List.of("Not allowed", "Not found", "System error"));
        for (String lang : List.of("vi", "en")) {
            visit(new Screen("403", "xa.thuonglo", "/admin/users", 403), lang);
            assertThat(page.locator("h1").textContent())
                    .isEqualTo(titles.get(lang).get(0));
            assertThat(page.locator("main [role=alert]").textContent())
                    .isEqualTo(lang.equals("vi") ? "Bạn không có quyền xem trang này." : "You may not see this page.");
            visit(new Screen("404", "xa.thuonglo", "/khong-co-trang-nay", 404), lang);
            assertThat(page.locator("h1").textContent())
                    .isEqualTo(titles.get(lang).get(1));
            assertThat(page.locator("main [role=alert]").textContent())
                    .isEqualTo(lang.equals("vi") ? "Không có trang này." : "There is no such page.");
            visit(new Screen("500", "xa.thuonglo", "/test/failure", 500), lang);
            assertThat(page.locator("h1").textContent())
                    .isEqualTo(titles.get(lang).get(2));
            assertThat(page.locator("main [role=alert]").textContent())
                    .as("no internals shown")
                    .doesNotContain("on purpose")
                    .isNotBlank();
            assertThat(page.locator("header nav a").count())
                    .as("the menu is there to go on")
                    .isPositive();
        }
    }

    @Test
    void the_checks_catch_each_kind_of_failure_on_a_page_built_to_fail() {
        page.setContent("""
                <html lang="vi"><body style="margin:0">
                <main>
                  <input id="nameless"><select><option>a</option></select>
                  <label>Có nhãn <input id="wrapped"></label>
                  <svg width="20" height="20"><rect width="20" height="20"/></svg>
                  <img src="data:," width="5" height="5">
                  <p style="color:#999;background:#fff">chữ nhạt trên nền trắng</p>
                  <p style="color:#595959">đủ tương phản</p>
                  <div style="width:500px">rộng quá</div>
                  <a href="#x" style="outline:none">không thấy khi chọn</a>
                  <input aria-label="bẫy" onkeydown="if (event.key === 'Tab') event.preventDefault()">
                  <button>Nút</button>
                  <p style="width:2em;overflow-wrap:anywhere">Ngưỡng không đạt</p>
                  <p style="width:1em;word-break:break-all">quả</p>
                  <p style="width:7em">Các chỉ tiêu chưa đạt của xã</p>
                  <p style="width:5em">NTM-XA-2021-2025</p>
                </main></body></html>""");
        page.evaluate(SCRIPT);
        @SuppressWarnings("unchecked")
        Map<String, Object> audit = (Map<String, Object>) page.evaluate("k => window.ntmA11y.audit(k)", List.of());
        assertThat((List<?>) audit.get("unlabelled"))
                .hasSize(2)
                .anySatisfy(e -> assertThat(e).asString().contains("input#nameless"))
                .anySatisfy(e -> assertThat(e).asString().contains("select"));
        assertThat((List<?>) audit.get("noAlternative")).hasSize(2);
        assertThat((List<?>) audit.get("lowContrast"))
                .singleElement()
                .asString()
                .contains("chữ nhạt", "ratio 2.85");
        assertThat(((Number) audit.get("scrollWidth")).intValue()).isGreaterThan(PHONE_WIDTH + 1);
        assertThat((List<?>) audit.get("tooWide")).singleElement().asString().contains("rộng quá");
        assertThat((List<?>) audit.get("brokenWords"))
                .as("syllables cut by overflow-wrap / word-break")
                .anySatisfy(w -> assertThat(w).asString().startsWith("\"Ngưỡng\" in main > p"))
                .anySatisfy(w -> assertThat(w).asString().startsWith("\"không\" in main > p"))
                .anySatisfy(w -> assertThat(w).asString().startsWith("\"quả\" in main > p"))
                .noneSatisfy(w -> assertThat(w).asString().contains("Các chỉ tiêu"))
                .as("a code wraps after its hyphens, a sensible point")
                .noneSatisfy(w -> assertThat(w).asString().contains("NTM-XA"));
        assertThat(((Number) audit.get("brokenWordCount")).intValue())
                .as("Ngưỡng and không (2em), quả (1em): boxes narrower than the word in any font")
                .isEqualTo(3);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> known =
                List.of(Map.of("check", "contrast", "selector", "p[style*='#999']", "issue", "test"));
        @SuppressWarnings("unchecked")
        Map<String, Object> excused = (Map<String, Object>) page.evaluate("k => window.ntmA11y.audit(k)", known);
        assertThat((List<?>) excused.get("lowContrast"))
                .as("only the named element is left out")
                .isEmpty();
        assertThat((List<?>) excused.get("knownFailures"))
                .singleElement()
                .asString()
                .startsWith("contrast: ");

        page.addStyleTag(new Page.AddStyleTagOptions().setContent(":focus-visible { outline: 2px solid blue }"));
        List<String> failures = keyboard("built to fail");
        assertThat(failures).anySatisfy(f -> assertThat(f).contains("no visible focus", "không thấy khi chọn"));
        assertThat(failures)
                .as("a field that keeps the focus: what comes after is never reached")
                .anySatisfy(f -> assertThat(f).contains("Tab never reaches", "\"Nút\""))
                .noneSatisfy(f -> assertThat(f).contains("Tab never reaches", "input#wrapped"));
    }

    @Test
    void a_refused_inline_style_or_script_is_caught_on_a_page_of_the_application() {
        visit(SCREENS.get(0), "vi");
        page.evaluate("() => { document.head.insertAdjacentHTML('beforeend', '<style>main { color: red }</style>');"
                + " const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
                + " document.body.appendChild(s); }");
        page.waitForTimeout(300);
        assertThat(page.evaluate("() => window.ran === undefined"))
                .as("the inline script did not run")
                .isEqualTo(true);
        assertThat(CSP_VIOLATIONS)
                .as("both refusals heard")
                .hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("style-src"))
                .anySatisfy(v -> assertThat(v).contains("script-src"));
        CSP_VIOLATIONS.clear();
    }

    private void visit(Screen screen, String lang) {
        visit(screen, lang, PHONE_WIDTH);
    }

    /** Opens the page as the user (one signed-in page per user, kept for the class) in the language and width. */
    private void visit(Screen screen, String lang, int width) {
        String user = screen.user() == null ? "" : screen.user();
        page = PAGES.computeIfAbsent(user, u -> {
            String state = u.isEmpty()
                    ? null
                    : SESSIONS.computeIfAbsent(u, x -> {
                        signIn(x);
                        return context.storageState();
                    });
            Page opened = browser.newContext(new Browser.NewContextOptions()
                            .setViewportSize(PHONE_WIDTH, 780)
                            .setLocale("vi-VN")
                            .setStorageState(state))
                    .newPage();
            opened.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    CSP_VIOLATIONS.add(m.text());
                }
            });
            return opened;
        });
        CSP_VIOLATIONS.clear();
        page.setViewportSize(width, 780);
        // a signed-in user's pages follow their own setting, which ?lang= changes (and saves); the cookie is for
        // the pages before signing in
        page.context().addCookies(List.of(new Cookie("ntm-lang", lang).setUrl(url("/"))));
        String path = path(screen.path());
        Response response = page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
        assertThat(response.status()).as(screen.path()).isEqualTo(screen.status());
        assertThat(page.locator("html").getAttribute("lang"))
                .as("lang of " + screen.path())
                .isEqualTo(lang);
        page.evaluate(SCRIPT);
        assertThat(CSP_VIOLATIONS)
                .as(screen.path() + ": refused by the content security policy")
                .isEmpty();
    }

    /**
     * Tab through the page and round once more: every visible focusable element must be reached (radio buttons
     * count once per group) and show a focus ring when reached. The focus order is recorded in the page as it
     * happens and read back once.
     */
    @SuppressWarnings("unchecked")
    private List<String> keyboard(String where) {
        List<Map<String, Object>> focusable = (List<Map<String, Object>>) page.evaluate("() => window.ntmA11y.tag()");
        Number stops = (Number) page.evaluate("() => document.querySelectorAll('input[type=date]').length * 2");
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.ntmA11y.record(); }");
        for (int i = 0; i < focusable.size() + stops.intValue() + 3; i++) {
            page.keyboard().press("Tab");
        }
        List<Map<String, Object>> sequence = (List<Map<String, Object>>) page.evaluate("() => window.ntmA11yFocus");
        List<String> failures = new ArrayList<>();
        Set<Integer> reached = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (Map<String, Object> focused : sequence) {
            int n = ((Number) focused.get("n")).intValue();
            if (!reached.add(n)) {
                continue;
            }
            if (!Boolean.TRUE.equals(focused.get("indicator")) || !Boolean.TRUE.equals(focused.get("onScreen"))) {
                failures.add(where + ": no visible focus on " + focused.get("what"));
            }
            if (n >= 0 && focusable.get(n).get("group") != null) {
                groups.add((String) focusable.get(n).get("group"));
            }
        }
        for (Map<String, Object> element : focusable) {
            int n = ((Number) element.get("n")).intValue();
            Object group = element.get("group");
            if (!reached.contains(n) && !(group != null && groups.contains(group))) {
                failures.add(where + ": Tab never reaches " + element.get("what"));
            }
        }
        return failures;
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** The demo's own body of a type in Khe Tre (tests may add more of the same type). */
    private long kheTreBody(String type) {
        return jdbc.sql("select min(id) from body where unit_id = ? and body_type = ?")
                .params(unitId(DemoPlaces.KHE_TRE), type)
                .query(Long.class)
                .single();
    }

    /** The screen's address with the demo data's ids in place of its placeholders. */
    private String path(String path) {
        if (path.contains("{preview}")) {
            return path.replace("{preview}", PREVIEW.computeIfAbsent("token", t -> preview()));
        }
        if (path.contains("{catalogPreview}")) {
            return path.replace("{catalogPreview}", PREVIEW.computeIfAbsent("catalog", t -> catalogPreview()));
        }
        if (path.contains("{mappingRow}")) {
            return path.replace("{mappingRow}", PREVIEW.computeIfAbsent("mapping", t -> openMappingRow()));
        }
        if (path.contains("{indicator}")) {
            return path.replace(
                    "{indicator}",
                    String.valueOf(id("select i.id from indicator i join criterion c on"
                            + " c.id = i.criterion_id join criteria_set s on s.id = c.set_id where s.code = '" + SET
                            + "' and i.code = '15.4'")));
        }
        return path.replace("{thuongLo}", String.valueOf(thuongLo()))
                .replace("{hue}", String.valueOf(thuaThienHue()))
                .replace("{overlay}", String.valueOf(overlay()))
                .replace("{kheTre}", String.valueOf(unitId(DemoPlaces.KHE_TRE)))
                .replace("{ubndKheTre}", String.valueOf(kheTreBody("UBND_XA")))
                .replace("{dangUyKheTre}", String.valueOf(kheTreBody("DANG_UY_XA")))
                .replace(
                        "{partyDocument}",
                        String.valueOf(id("select min(d.id) from document d join body b on b.id = d.issuer_body_id"
                                + " where d.source_module = 'demo' and b.body_type = 'DANG_UY_XA'")))
                .replace(
                        "{leader}",
                        String.valueOf(jdbc.sql("select id from app_user where username = 'lanhdao.khetre'")
                                .query(Long.class)
                                .single()))
                .replace("{user}", String.valueOf(id("select id from app_user where username = 'xa.khetre'")))
                .replace(
                        "{body}",
                        String.valueOf(id("select min(b.id) from body b join admin_unit u on u.id = b.unit_id"
                                + " where u.code = '20161'")))
                .replace(
                        "{attribute}",
                        String.valueOf(jdbc.sql("select min(id) from unit_attribute where unit_id = ?")
                                .param(thuongLo())
                                .query(Long.class)
                                .single()));
    }

    /**
     * The preview of a sheet of indicators, made as an administrator makes it: the 2021-2025 set's sheet downloaded
     * from its Excel screen and sent back as it is.
     */
    private String catalogPreview() {
        Page own = browser.newContext(
                        new Browser.NewContextOptions().setLocale("vi-VN").setStorageState(SESSIONS.get("admin")))
                .newPage();
        try {
            own.navigate(url("/catalog/sets/" + SET + "/excel"));
            Download download = own.waitForDownload(
                    () -> own.locator("a[href*='/template']").first().click());
            own.locator("input[type=file]").setInputFiles(download.path());
            own.locator("form[enctype] button[type=submit]").click();
            own.waitForURL(u -> u.contains("/catalog/excel/"));
            return own.url().replaceAll(".*/catalog/excel/([^/?#]+).*", "$1");
        } finally {
            own.context().close();
        }
    }

    /**
     * A row of the demo's mapping that its import left open, as the official mapping leaves 142: a former commune
     * named in no list (the demo's own file links every row, so the row is added to the latest import's open rows).
     */
    private String openMappingRow() {
        long run = id("select id from unit_import where kind = 'UNIT_MAPPING' and outcome in ('APPLIED', 'UNCHANGED')"
                + " order by id desc limit 1");
        String key = "a11" + "0".repeat(61);
        jdbc.sql("""
                        insert into unit_mapping_open_row (import_id, row_no, row_key, old_name, old_district,
                            old_province, new_code, new_name, new_province, reason_key, reason_args)
                        values (?, 9999, ?, 'Phường Trần Tế Xương', 'Thành phố Nam Định', 'Tỉnh Nam Định', '20161',
                            'Xã Khe Tre', 'Thành phố Huế', 'mapping.unresolved.notInAnyList', array['Phường Trần Tế Xương',
                            'Thành phố Nam Định', 'Tỉnh Nam Định', '30/06/2025'])
                        on conflict do nothing""").params(run, key).update();
        return key;
    }

    /**
     * The preview of an Excel upload, made as a user makes it: the commune's template, downloaded from its exchange
     * screen with one value changed and one made wrong, uploaded again; the preview's token.
     */
    private String preview() {
        Page own = browser.newContext(
                        new Browser.NewContextOptions().setLocale("vi-VN").setStorageState(SESSIONS.get("xa.thuonglo")))
                .newPage();
        try {
            own.navigate(url("/exchange/" + SET + "/2024?unit=" + thuongLo()));
            Download download = own.waitForDownload(
                    () -> own.locator("a[href*='/template']").first().click());
            Path file = Files.createTempFile("a11y-", ".xlsx");
            try (InputStream in = Files.newInputStream(download.path());
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheet("Giá trị");
                Row codes = sheet.getRow(0);
                for (Cell cell : codes) {
                    String code = cell.getStringCellValue();
                    if (code.equals("15.4") || code.equals("2.1")) {
                        Cell value = sheet.getRow(2)
                                .getCell(cell.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                        value.setCellValue(code.equals("15.4") ? "35" : "không rõ");
                    }
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    book.write(out);
                }
            }
            // someone else changes 15.3 after the download: the preview also shows a conflict to choose on
            jdbc.sql("""
                            update assessment_value v set numeric_value = v.numeric_value + 1, version = v.version + 1,
                                entered_by = 'admin', entered_at = now()
                            from indicator i where i.id = v.indicator_id and i.code = '15.3' and v.unit_id = ?
                                and v.year = 2024""").param(thuongLo()).update();
            own.locator("input[type=file]").setInputFiles(file);
            own.locator("form[enctype] button[type=submit]").click();
            own.waitForURL(u -> u.contains("/exchange/previews/"));
            return own.url().replaceAll(".*/exchange/previews/([^/?#]+).*", "$1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            own.context().close();
        }
    }

    private long overlay() {
        return jdbc.sql("""
                        select o.id from criteria_overlay o join admin_unit u on u.id = o.province_unit_id
                        where u.code = '46' order by o.id limit 1""").query(Long.class).single();
    }

    private static String script() {
        try (InputStream in = AccessibilityInBrowserTest.class.getResourceAsStream("a11y.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
