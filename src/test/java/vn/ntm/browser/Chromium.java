package vn.ntm.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium driven by Playwright: never a downloaded browser. When the package is missing (the test command
 * installs it as root) the browser tests are skipped with a loud message naming it.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Chromium() {}

    static Playwright start() {
        if (!Files.isExecutable(EXECUTABLE)) {
            System.err.println("!!!!! SKIPPED browser tests: Debian package 'chromium' is not installed !!!!!");
        }
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "Debian package 'chromium' is not installed");
        return Playwright.create();
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }
}
