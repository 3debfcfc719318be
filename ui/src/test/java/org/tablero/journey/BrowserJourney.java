package org.tablero.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An end-to-end journey in Debian's Chromium against the running application. Screenshots go to
 * {@code target/screenshots}.
 */
abstract class BrowserJourney {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    protected Page page;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1366, 900));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]").first()
                .click();
        page.waitForURL(address -> !address.contains("/login"));
    }

    /** Signs out by starting a fresh browser context, and signs in as another user. */
    protected void switchUser(String username, String password) {
        context.close();
        openPage();
        signIn(username, password);
    }

    /**
     * A screenshot of the whole page. The application's layout scrolls inside its content area, which a full-page
     * screenshot does not see, so the viewport grows to the content's height for the shot.
     */
    protected void screenshot(String name) {
        page.waitForLoadState();
        var viewport = page.viewportSize();
        int height = ((Number) page.evaluate("() => Math.max(...Array.from(document.querySelectorAll('body *'))"
                + ".map(element => element.scrollHeight))")).intValue();
        page.setViewportSize(viewport.width, Math.min(Math.max(height, viewport.height), 8000));
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
        page.setViewportSize(viewport.width, viewport.height);
    }
}
