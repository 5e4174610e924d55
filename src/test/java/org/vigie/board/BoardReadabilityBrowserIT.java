package org.vigie.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.security.display.DisplayTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.Chromium;
import org.vigie.testing.DemoFleet;
import org.vigie.testing.TenantDirectories;

/**
 * Issue #11: the board on a 1280×720 wall screen with 60 tenants (the 14 demo ones and 46 more),
 * many of them in trouble: every tile visible without scrolling, no text smaller than the minimum,
 * no name or reason cut mid-word, every status in words as well as in colour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardReadabilityBrowserIT {

    static final int TENANTS = TenantDirectories.SIXTY;
    /** Longer than any reason the console writes, to push the layout: a few long words among short ones. */
    static final String LONGEST = "412 300 sessions pour une capacité de 380 000 (108 %), limitée par "
            + "authentification-centralisée : 12 réplica(s) × 800 sessions — indisponibilité exceptionnellement prolongée";

    @LocalServerPort
    int port;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    DisplayTokens displays;

    @Autowired
    UserAccounts users;

    Chromium chromium;

    @DynamicPropertySource
    static void sixtyTenants(DynamicPropertyRegistry registry) {
        Path directory = TenantDirectories.sixtyTenants();
        registry.add("vigie.tenants.dir", directory::toString);
    }

    @BeforeEach
    void openBrowser() {
        chromium = new Chromium();
        assertThat(catalogue.all()).hasSize(TENANTS);
        DemoFleet.noneInServiceRedOrGrey(fleet, TENANTS, Duration.ofSeconds(90));
    }

    @AfterEach
    void closeBrowser() {
        chromium.close();
    }

    @Test
    void sixty_tenants_in_trouble_are_all_readable_at_1280_by_720_without_a_word_cut() {
        List<Tenant> victims = catalogue.all().stream().filter(t -> t.lifecycle() == Tenant.Lifecycle.ACTIVE)
                .filter(t -> Math.floorMod(t.name().hashCode(), 3) == 0).toList();
        victims.forEach(t -> DemoFleet.fault(clusters, t, "sso", "unavailable"));
        String link = displays.create(users.find("admin").orElseThrow().caller(), "readability " + UUID.randomUUID(), null)
                .boardPath();
        Page page = chromium.newPage(1280, 720);
        page.navigate("http://localhost:" + port + "/" + link);
        page.locator(".board-tile").first().waitFor();
        page.waitForCondition(() -> page.locator(".board-tile[data-status='RED']").count() == victims.size(),
                new Page.WaitForConditionOptions().setTimeout(30_000));
        page.locator(".board-tile-reason").nth(1).evaluate("(r, text) => r.setAttribute('data-text', text)", LONGEST);
        page.locator(".board-tile-reason").nth(4).evaluate("(r, text) => r.setAttribute('data-text', text)",
                "3 conteneur(s) sso en CrashLoopBackOffCrashLoopBackOff depuis 15 min");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/board-60-tenants-1280x720.png")));

        assertThat(page.locator(".board-tile").count()).isEqualTo(TENANTS);
        assertThat(page.evaluate("[document.scrollingElement.scrollWidth <= innerWidth, "
                + "document.scrollingElement.scrollHeight <= innerHeight]")).isEqualTo(List.of(true, true));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) page.evaluate(READABILITY);
        assertThat(problems).as("text on the board that is cut, clipped, hidden or too small").isEmpty();
    }

    /** Every problem found on the board, as {what, where, text}. */
    static final String READABILITY = """
            () => {
              const problems = [];
              const report = (what, el, extra) => problems.push({what, where: (el.closest('[data-tenant],[data-region]')
                  || el).getAttribute('data-tenant') || el.closest('[data-region]')?.getAttribute('data-region'),
                  text: el.textContent, extra: String(extra ?? '')});
              const inside = (inner, outer) => inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1
                  && inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
              const screen = {top: 0, left: 0, bottom: innerHeight, right: innerWidth};
              for (const cell of document.querySelectorAll('.board-tile, .board-region')) {
                if (!inside(cell.getBoundingClientRect(), screen)) report('cell off screen', cell);
                const word = cell.querySelector('.board-tile-status, .board-region-status');
                if (!word || !word.textContent.trim()) report('status in colour only', cell);
                for (const el of cell.querySelectorAll('span')) {
                  if (getComputedStyle(el).display === 'none') continue;
                  const size = parseFloat(getComputedStyle(el).fontSize);
                  const minimum = el.matches('.board-tile-status, .board-region-status') ? 18 : 16;
                  if (size < minimum) report('font smaller than ' + minimum + ' px', el, size);
                  if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
                    report('text overflows its box', el, el.scrollWidth + 'x' + el.scrollHeight + ' in '
                        + el.clientWidth + 'x' + el.clientHeight);
                  if (el.textContent && !inside(el.getBoundingClientRect(), cell.getBoundingClientRect()))
                    report('text clipped by its tile', el);
                  const full = el.getAttribute('data-text');
                  if (full === null) continue;
                  const shown = el.textContent;
                  if (shown === full) continue;
                  const kept = shown.endsWith('…') ? shown.slice(0, -1) : null;
                  if (kept === null || !full.startsWith(kept) || kept.length === 0
                      || !/^[\\s,;:.—–-]/.test(full.slice(kept.length))) report('cut mid-word', el, full);
                }
              }
              return problems;
            }
            """;
}
