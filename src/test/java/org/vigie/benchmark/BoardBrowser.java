package org.vigie.benchmark;

import com.microsoft.playwright.Page;
import java.util.List;
import org.vigie.testing.Chromium;

/** Board pages in Debian's Chromium, with a tile watcher that timestamps colour changes in the page. */
final class BoardBrowser implements AutoCloseable {

    private final Chromium chromium = new Chromium();

    /** Each page has a browser context of its own, hence a Vaadin session of its own. */
    Page open(String url) {
        Page page = chromium.newPage();
        page.setDefaultTimeout(120_000);
        page.navigate(url);
        page.locator(".board-tile").first().waitFor();
        return page;
    }

    /** Any other page, in a context of its own, once {@code selector} is on it (the view is rendered). */
    Page openOther(String url, String selector) {
        Page page = chromium.newPage();
        page.navigate(url);
        page.locator(selector).first().waitFor();
        return page;
    }

    /** Records, in the page, the epoch millisecond at which the tile first shows {@code status}. */
    void watchTile(Page page, String tenant, String status) {
        watch(page, tenant, status, true);
    }

    /** Records, in the page, the epoch millisecond at which the tile first stops showing {@code status}. */
    void watchTileLeave(Page page, String tenant, String status) {
        watch(page, tenant, status, false);
    }

    private void watch(Page page, String tenant, String status, boolean arrive) {
        page.evaluate("""
                ([tenant, status, arrive]) => {
                  window.__seenAt = null;
                  const tile = document.querySelector(`.board-tile[data-tenant='${tenant}']`);
                  const observer = new MutationObserver(() => {
                    if ((tile.getAttribute('data-status') === status) === arrive && window.__seenAt === null) {
                      window.__seenAt = performance.timeOrigin + performance.now();
                      observer.disconnect();
                    }
                  });
                  observer.observe(tile, {attributes: true, attributeFilter: ['data-status']});
                }""", List.of(tenant, status, arrive));
    }

    double awaitTile(Page page, String tenant) {
        page.waitForFunction("() => window.__seenAt !== null", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        return ((Number) page.evaluate("window.__seenAt")).doubleValue();
    }

    @Override
    public void close() {
        chromium.close();
    }
}
