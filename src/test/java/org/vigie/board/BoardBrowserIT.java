package org.vigie.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.security.Caller;
import org.vigie.security.display.DisplayTokens;
import org.vigie.security.display.IssuedDisplayToken;
import org.vigie.security.users.UserAccounts;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.BrowserSignIn;
import org.vigie.testing.Chromium;

/** The wall board in Debian's Chromium, driven by Playwright; no browser is ever downloaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardBrowserIT {

    static final String FAULT = "demo.vigie.io/fault";

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
    Tenant victim;

    @BeforeEach
    void openBrowser() {
        chromium = new Chromium();
        victim = catalogue.find("isere-colleges").orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenants().size() == catalogue.all().size()
                && fleet.current().tenant(victim.name()).map(t -> t.status() == Status.GREEN).orElse(false));
    }

    @AfterEach
    void repairAndClose() {
        deployments().withName("sso").edit(d -> {
            d.getMetadata().getAnnotations().remove(FAULT);
            return d;
        });
        await().atMost(Duration.ofSeconds(30))
                .until(() -> fleet.current().tenant(victim.name()).map(t -> t.status() != Status.RED).orElse(false));
        chromium.close();
    }

    /**
     * Each beat of the board's clock once made the page refit every text on it (a class attribute rewritten
     * with the same value): a tenth of a core per open board, at rest.
     */
    @Test
    void a_board_at_rest_rewrites_only_the_texts_whose_data_changed() {
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/" + displayLink(null));
        page.locator(".board-tile").first().waitFor();
        page.waitForTimeout(2000);
        int beatBefore = Integer.parseInt(page.locator("#board").getAttribute("data-beat"));
        page.evaluate("""
                () => {
                  window.__rewritten = new Set();
                  window.__newText = new Set();
                  new MutationObserver(records => records.forEach(r => {
                    if (r.type === 'attributes') { window.__newText.add(r.target); }
                    else if (r.target.nodeType === 1 && r.target.hasAttribute('data-text')) { window.__rewritten.add(r.target); }
                  })).observe(document.getElementById('board'),
                      {subtree: true, childList: true, attributes: true, attributeFilter: ['data-text']});
                }""");

        page.waitForTimeout(BoardClock.BEAT.toMillis() + 1000);

        assertThat(Integer.parseInt(page.locator("#board").getAttribute("data-beat"))).isGreaterThan(beatBefore);
        assertThat(page.evaluate("[...window.__rewritten].filter(e => !window.__newText.has(e))"
                + ".map(e => e.getAttribute('data-text'))")).asList().isEmpty();
    }

    /** A display name may hold any character (tenant files allow « < »): the board writes it as text only. */
    @Test
    void markup_in_a_tenant_name_or_reason_is_shown_as_text_and_never_run() {
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/" + displayLink(null));
        page.locator(".board-tile").first().waitFor();
        String hostile = "<img src=x onerror=\"window.__ran = true\"> Côte-d'Or & co";

        page.evaluate("""
                hostile => {
                  const grid = document.querySelector('vigie-board-grid');
                  const shown = JSON.parse(grid.page);
                  const tile = shown.cells.find(cell => cell.tenant);
                  tile.name = hostile;
                  tile.reason = hostile;
                  grid.page = JSON.stringify(shown);
                }""", hostile);

        Locator tile = page.locator(".board-tile").first();
        assertThat(tile.locator(".board-tile-reason").getAttribute("data-text")).isEqualTo(hostile);
        assertThat(tile.locator("img").count()).isZero();
        page.waitForTimeout(500);
        assertThat(page.evaluate("window.__ran === undefined")).isEqualTo(true);
    }

    @Test
    void a_tile_turns_red_without_reload_when_a_critical_service_loses_its_replicas() {
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/" + displayLink(null));
        Locator tiles = page.locator(".board-tile");
        tiles.first().waitFor();
        assertThat(tiles.count()).isEqualTo(catalogue.all().size());
        Locator tile = page.locator(".board-tile[data-tenant='" + victim.name() + "']");
        assertThat(tile.getAttribute("data-status")).isEqualTo("GREEN");
        page.evaluate("window.__sameDocument = true");

        deployments().withName("sso").edit(d -> {
            d.getMetadata().getAnnotations().put(FAULT, "unavailable");
            return d;
        });

        page.waitForCondition(() -> "RED".equals(tile.getAttribute("data-status")),
                new Page.WaitForConditionOptions().setTimeout(15_000));
        assertThat(tile.textContent()).contains("INCIDENT").contains("réplica(s) sso prêt(s)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/board-incident.png")));
        assertThat(page.evaluate("window.__sameDocument")).isEqualTo(true);
        assertThat(page.locator(".board-region[data-region='" + victim.region() + "']").getAttribute("data-status"))
                .isEqualTo("RED");
    }

    @Test
    void a_signed_in_person_filters_one_region_from_the_url_and_opens_a_tenant_from_its_tile() {
        Page page = chromium.newPage();
        BrowserSignIn.signIn(page, port, "viewer", "demo");

        page.navigate("http://localhost:" + port + "/board?region=hauts-de-france");
        page.locator(".board-tile").first().waitFor();
        long inRegion = catalogue.all().stream().filter(t -> t.region().equals("hauts-de-france")).count();
        assertThat(page.locator(".board-tile").count()).isEqualTo((int) inRegion);
        assertThat(page.locator("#board-clock").textContent()).matches("\\d\\d:\\d\\d");
        String first = page.locator(".board-tile").first().getAttribute("data-tenant");
        page.locator(".board-tile").first().click();
        page.waitForURL("**/tenants/" + first);
        page.locator("h2").getByText(catalogue.find(first).orElseThrow().displayName()).waitFor();

        page.navigate("http://localhost:" + port + "/board?region=atlantide");
        page.locator(".board-message").getByText("Région inconnue").waitFor();
        assertThat(page.locator(".board-message").textContent()).contains("atlantide").contains("hauts-de-france");
        assertThat(page.locator(".board-tile").count()).isZero();

        page.navigate("http://localhost:" + port + "/board?page=7");
        page.locator(".board-message").getByText("Page inconnue").waitFor();
        assertThat(page.locator(".board-message").textContent()).contains("page=1 à page=1");
    }

    @Test
    void a_board_that_stops_hearing_the_server_turns_grey_by_itself() {
        BrowserContext context = chromium.newContext();
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/" + displayLink(null));
        page.locator(".board-tile").first().waitFor();
        assertThat(page.locator(".board.board-stale").count()).isZero();

        context.setOffline(true);

        page.locator(".board.board-stale").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(page.locator(".board-stale-banner").isVisible()).isTrue();
        assertThat(page.locator(".board-tile").first().evaluate("t => getComputedStyle(t).backgroundColor"))
                .isEqualTo("rgb(128, 134, 139)");
        assertThat(page.locator(".board-tile").first().innerText()).contains("INCONNU")
                .doesNotContain("INCIDENT").doesNotContain("DÉGRADÉ").doesNotContain("OK\n");
        assertThat(page.locator(".board-region").first().evaluate("r => getComputedStyle(r).borderLeftColor"))
                .isEqualTo("rgb(128, 134, 139)");
        context.close();
    }

    @Test
    void a_display_link_shows_its_region_read_only_and_falls_back_to_the_revoked_screen_once_revoked() {
        Caller admin = users.find("admin").orElseThrow().caller();
        IssuedDisplayToken display = displays.create(admin, "crisis room " + UUID.randomUUID(), "hauts-de-france");
        Page page = chromium.newPage();

        page.navigate("http://localhost:" + port + "/" + display.boardPath() + "&region=auvergne-rhone-alpes");
        page.locator(".board-tile").first().waitFor();
        long inRegion = catalogue.all().stream().filter(t -> t.region().equals("hauts-de-france")).count();
        assertThat(page.locator(".board-tile").count()).isEqualTo((int) inRegion);
        page.locator(".board-tile").first().click();
        page.waitForTimeout(500);
        assertThat(page.url()).contains("/board");
        for (String elsewhere : List.of("/", "/tenants/somme-colleges", "/tokens", "/admin/users")) {
            page.navigate("http://localhost:" + port + elsewhere);
            page.locator("#access-denied, #not-found").first().waitFor();
            assertThat(page.locator("#signed-in-user, #tenant-services, #tokens, #users").count()).as(elsewhere).isZero();
        }
        page.navigate("http://localhost:" + port + "/board");
        page.locator(".board-tile").first().waitFor();

        displays.revoke(admin, display.token().id());

        page.locator("#display-revoked").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        page.navigate("http://localhost:" + port + "/" + display.boardPath());
        page.locator("#display-revoked").waitFor();
        page.navigate("http://localhost:" + port + "/board");
        page.waitForURL("**/login");
    }

    String displayLink(String region) {
        return displays.create(users.find("admin").orElseThrow().caller(), "test " + UUID.randomUUID(), region)
                .boardPath();
    }

    private io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<io.fabric8.kubernetes.api.model.apps.Deployment,
            io.fabric8.kubernetes.api.model.apps.DeploymentList,
            io.fabric8.kubernetes.client.dsl.RollableScalableResource<io.fabric8.kubernetes.api.model.apps.Deployment>> deployments() {
        KubernetesClient client = clusters.client(victim.cluster()).orElseThrow();
        return client.apps().deployments().inNamespace(victim.namespace());
    }
}
