package org.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.security.display.DisplayTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.AxeCore;
import org.vigie.testing.BrowserSignIn;
import org.vigie.testing.Chromium;
import org.vigie.testing.DemoFleet;

/** The public pages and the board pass axe-core's WCAG 2.1 A and AA rules (the basis of the RGAA) in Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserIT {

    static final String VICTIM = "somme-colleges";

    @LocalServerPort
    int port;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    DisplayTokens displays;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    UserAccounts users;

    /** One browser for the class; each page has a context of its own, closed after its test. */
    static Chromium chromium;

    @BeforeAll
    static void openBrowser() {
        chromium = new Chromium();
    }

    @BeforeEach
    void everyTenantShown() {
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenants().size() == catalogue.all().size());
    }

    @AfterEach
    void closePages() {
        chromium.closePages();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.close();
    }

    @Test
    void the_public_status_page_has_no_wcag_violation() {
        Page page = chromium.newPage();
        page.navigate(url("/status"));
        page.locator("li[data-tenant]").first().waitFor();
        AxeCore.assertNoViolations(page, "/status");

        page.navigate(url("/status?lang=en"));
        page.locator("li[data-tenant]").first().waitFor();
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("en");
        AxeCore.assertNoViolations(page, "/status?lang=en");
    }

    @Test
    void the_public_status_page_reloads_itself_until_the_reader_pauses_it() {
        Page page = chromium.newPage();
        page.clock().install();
        page.navigate(url("/status"));
        page.locator("li[data-tenant]").first().waitFor();
        page.evaluate("window.__before = true");
        page.waitForResponse(r -> r.url().endsWith("/status"), () -> page.clock().runFor(31_000));
        page.locator("li[data-tenant]").first().waitFor();
        assertThat(page.evaluate("window.__before === undefined")).as("reloaded").isEqualTo(true);

        page.locator("#auto-refresh").uncheck();
        page.evaluate("window.__before = true");
        page.clock().runFor(31_000);
        assertThat(page.evaluate("window.__before")).as("no reload while paused").isEqualTo(true);
        page.reload();
        assertThat(page.locator("#auto-refresh").isChecked()).as("still paused after a manual reload").isFalse();
    }

    @Test
    void the_login_page_has_no_wcag_violation_even_after_a_failed_sign_in() {
        Page page = chromium.newPage();
        page.navigate(url("/login"));
        page.locator("input[name='password']").waitFor();
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("fr");
        AxeCore.assertNoViolations(page, "/login");

        BrowserSignIn.attempt(page, port, "viewer", "not the password");
        page.waitForURL("**/login?error");
        page.locator("vaadin-login-form[error]").waitFor();
        AxeCore.assertNoViolations(page, "/login?error");
    }

    @Test
    void the_board_on_a_wall_display_has_no_wcag_violation_with_a_tile_in_incident() {
        Page page = chromium.newPage();
        String link = displays.create(users.find("admin").orElseThrow().caller(), "a11y " + UUID.randomUUID(), null)
                .boardPath();
        page.navigate(url("/" + link));
        page.locator(".board-tile").first().waitFor();
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("fr");
        AxeCore.assertNoViolations(page, "/board (display link)");

        fault("unavailable");
        try {
            page.locator(".board-tile[data-tenant='" + VICTIM + "'][data-status='RED']").waitFor();
            AxeCore.assertNoViolations(page, "/board with a tile in incident");
        } finally {
            fault(null);
        }
    }

    @Test
    void the_board_for_a_signed_in_person_has_no_wcag_violation() {
        Page page = chromium.newPage();
        BrowserSignIn.signIn(page, port, "viewer", "demo");
        page.navigate(url("/board"));
        page.locator(".board-tile").first().waitFor();
        AxeCore.assertNoViolations(page, "/board (signed in)");
    }

    private void fault(String mode) {
        DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", mode);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
