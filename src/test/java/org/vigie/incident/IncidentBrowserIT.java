package org.vigie.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.AxeCore;
import org.vigie.testing.BrowserSignIn;
import org.vigie.testing.Callers;
import org.vigie.testing.Chromium;
import org.vigie.testing.DemoFleet;

/** From a red tile on the board to a declared incident, in Debian's Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentBrowserIT {

    static final String VICTIM = "nord-colleges";

    @LocalServerPort
    int port;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    Incidents incidents;

    @Autowired
    MaintenanceWindows maintenance;

    Chromium chromium;

    @BeforeEach
    void openBrowser() {
        chromium = new Chromium();
        DemoFleet.settled(fleet, VICTIM);
    }

    @AfterEach
    void repairAndClose() {
        DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", null);
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(VICTIM)
                .map(t -> t.status() != Status.RED).orElse(false));
        chromium.close();
    }

    @Test
    void an_operator_goes_from_a_red_tile_to_a_declared_incident() {
        Page page = chromium.newPage();
        BrowserSignIn.signIn(page, port, "operator", "demo");
        page.navigate("http://localhost:" + port + "/board");
        DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", "unavailable");
        Locator tile = page.locator(".board-tile[data-tenant='" + VICTIM + "'][data-status='RED']");
        tile.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        tile.click();
        page.waitForURL(url -> url.contains("/tenants/" + VICTIM));

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Déclarer un incident")).first().click();
        page.waitForURL(url -> url.contains("/incidents/new"));
        page.locator("#incident-title input").fill("SSO du Nord indisponible");
        page.locator("#incident-declare").click();
        page.waitForURL(url -> url.matches(".*/incidents/INC-\\d+$"));

        assertThat(page.locator("#incident-heading").textContent()).endsWith("SSO du Nord indisponible");
        assertThat(page.locator("#incident-facts").textContent()).contains(VICTIM).contains("Analyse en cours");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        Incident declared = incidents.find(Incidents.id(id)).orElseThrow();
        assertThat(declared.tenants()).containsExactly(VICTIM);
        assertThat(declared.declaredBy()).isEqualTo("operator");
        incidents.update(Callers.operator(), declared.id(), new UpdateRequest(
                "Les collèges du Nord ne peuvent pas se connecter ; nous rétablissons le service.", true, null, null, null));
        java.time.Instant now = java.time.Instant.now();
        maintenance.plan(Callers.operator(), now.plusSeconds(86_400).toString(), now.plusSeconds(90_000).toString(),
                List.of(VICTIM), "Mise à jour du portail");
        Page status = chromium.newPage();
        status.navigate("http://localhost:" + port + "/status");
        assertThat(status.locator("#incidents").textContent()).contains("SSO du Nord indisponible")
                .contains("nous rétablissons le service");
        assertThat(status.locator("#maintenance").textContent()).contains("Mise à jour du portail");
        AxeCore.assertNoViolations(status, "/status with an incident and a maintenance window");
        incidents.update(Callers.operator(), declared.id(), new UpdateRequest(null, false, "resolved", null, null));
        maintenance.notOver().stream().filter(w -> w.tenants().contains(VICTIM))
                .forEach(w -> maintenance.end(Callers.operator(), w.id()));
    }
}
