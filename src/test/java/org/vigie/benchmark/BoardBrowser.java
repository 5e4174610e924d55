package org.vigie.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium under Playwright, with a tile watcher that timestamps colour changes in the page. */
final class BoardBrowser implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    BoardBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Each page has a browser context of its own, hence a Vaadin session of its own. */
    Page open(String url) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1920, 1080));
        page.navigate(url);
        page.locator(".board-tile").first().waitFor();
        return page;
    }

    /** Records, in the page, the epoch millisecond at which the tile first shows {@code status}. */
    void watchTile(Page page, String tenant, String status) {
        page.evaluate("""
                ([tenant, status]) => {
                  window.__seenAt = null;
                  const tile = document.querySelector(`.board-tile[data-tenant='${tenant}']`);
                  const observer = new MutationObserver(() => {
                    if (tile.getAttribute('data-status') === status && window.__seenAt === null) {
                      window.__seenAt = performance.timeOrigin + performance.now();
                      observer.disconnect();
                    }
                  });
                  observer.observe(tile, {attributes: true, attributeFilter: ['data-status']});
                }""", List.of(tenant, status));
    }

    double awaitTile(Page page, String tenant) {
        page.waitForFunction("() => window.__seenAt !== null", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        return ((Number) page.evaluate("window.__seenAt")).doubleValue();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
