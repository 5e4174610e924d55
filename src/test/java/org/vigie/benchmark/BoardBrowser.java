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

    /**
     * The moment is a promise in the page, resolved by a mutation observer: awaiting it costs the page nothing,
     * where Playwright's {@code waitForFunction} polls at every animation frame and makes the page render all along.
     */
    private void watch(Page page, String tenant, String status, boolean arrive) {
        page.evaluate("""
                ([tenant, status, arrive]) => {
                  const tile = document.querySelector(`.board-tile[data-tenant='${tenant}']`);
                  window.__seen = new Promise(resolve => {
                    const observer = new MutationObserver(() => {
                      if ((tile.getAttribute('data-status') === status) === arrive) {
                        resolve(performance.timeOrigin + performance.now());
                        observer.disconnect();
                      }
                    });
                    observer.observe(tile, {attributes: true, attributeFilter: ['data-status']});
                  });
                }""", List.of(tenant, status, arrive));
    }

    /** The epoch millisecond recorded by the last watch of this page, once it happened (30 s at most). */
    double awaitTile(Page page, String tenant) {
        return ((Number) page.evaluate("""
                () => Promise.race([window.__seen, new Promise((resolve, reject) => setTimeout(
                    () => reject(new Error('the tile did not change within 30 s')), 30000))])""")).doubleValue();
    }

    @Override
    public void close() {
        chromium.close();
    }
}
