package org.vigie.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless, with the flags this machine needs; never a
 * downloaded browser. Each {@link #newPage()} has a context of its own: its own cookies, hence
 * its own Vaadin session.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    public Chromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: apt-get install chromium (.ci/run does)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A full-HD page in a fresh context. */
    public Page newPage() {
        return newContext().newPage();
    }

    /** A page of that viewport (e.g. a 1280×720 wall screen) in a fresh context. */
    public Page newPage(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
    }

    public BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080));
    }

    /** Closes every page opened so far, with its context, and keeps the browser for the next ones. */
    public void closePages() {
        browser.contexts().forEach(BrowserContext::close);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
