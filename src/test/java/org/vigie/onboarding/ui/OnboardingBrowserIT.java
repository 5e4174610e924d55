package org.vigie.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.testing.BrowserSignIn;
import org.vigie.testing.Chromium;
import org.vigie.testing.TenantDirectories;

/**
 * The wizard in Debian's Chromium: an account manager onboards the Loire example in demo mode, applies,
 * and the new tenant's tile turns green on the board. The catalogue lives in a copy of {@code tenants/}.
 * Probed every 2 s (10 s by default): the new tenant's first probe comes sooner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vigie.health.probe-interval=2s")
// A context of its own (its @DynamicPropertySource): closed after the class, not left running in the cache.
@DirtiesContext
class OnboardingBrowserIT {

    static final Path TENANTS = TenantDirectories.copyOfTheSamples();

    @DynamicPropertySource
    static void tenantsDirectory(DynamicPropertyRegistry registry) {
        registry.add("vigie.tenants.dir", TENANTS::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectProvider<OnboardingFlow> engine;

    final Chromium chromium = new Chromium();

    @AfterEach
    void closeBrowser() {
        chromium.close();
    }

    @Test
    void an_account_manager_onboards_the_loire_and_its_tile_turns_green_on_the_board() {
        Page page = chromium.newPage();
        BrowserSignIn.signIn(page, port, "manager", "demo");
        page.navigate("http://localhost:" + port + "/onboarding");

        page.locator("#onb-example-loire").click();
        PlaywrightAssertions.assertThat(page.locator("#onb-spec-population-students input")).hasValue("40000");
        PlaywrightAssertions.assertThat(page.locator("#onb-suggestions-summary")).containsText("948 sessions simultanées");
        PlaywrightAssertions.assertThat(page.locator("#onb-spec-quota-cpu input")).hasValue("31");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/onboarding-form.png"))
                .setFullPage(true));
        assumeThat(engine.getIfAvailable()).as("an onboarding engine is deployed").isNotNull();
        page.locator("#onb-plan").click();
        page.locator("#onb-plan-step").waitFor();
        assertThat(page.locator("#onb-plan-summary").textContent()).startsWith("Plan pour loire-colleges : ")
                .contains("0 à modifier");
        page.locator("#onb-apply").click();

        page.locator("#onb-run-state[data-state='READY']").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        page.locator("#onb-bringup-verdict[data-status='GREEN']").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        assertThat(page.locator("#onb-bringup-links a").first().textContent()).isEqualTo("Ouvrir la page du locataire");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/onboarding-loire.png")));

        page.navigate("http://localhost:" + port + "/board");
        Locator tile = page.locator(".board-tile[data-tenant='loire-colleges']");
        await().atMost(Duration.ofSeconds(60)).until(() -> tile.count() == 1 && "GREEN".equals(tile.getAttribute("data-status")));
        assertThat(tile.textContent()).contains("Loire");
    }
}
