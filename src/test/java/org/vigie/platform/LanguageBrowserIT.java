package org.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.testing.BrowserSignIn;
import org.vigie.testing.Chromium;

/** French first in a browser that asks for English; the switch to English follows the person from page to page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageBrowserIT {

    @LocalServerPort
    int port;

    /** One browser for the class; each page has a context of its own, closed after its test. */
    static Chromium chromium;

    @BeforeAll
    static void openBrowser() {
        chromium = new Chromium();
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
    void the_console_speaks_french_to_an_english_browser_until_english_is_chosen_and_then_everywhere() {
        Page page = chromium.newPage();
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form").innerText()).contains("Se connecter");
        BrowserSignIn.signIn(page, port, "viewer", "demo");
        page.locator("#sign-out").waitFor();
        assertThat(page.locator("#sign-out").innerText()).isEqualTo("Se déconnecter");
        assertThat(page.locator("h2").first().innerText()).isEqualTo("Flotte");
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("fr");

        page.locator("#language-en").click();
        page.waitForCondition(() -> "Sign out".equals(page.locator("#sign-out").innerText()));
        assertThat(page.locator("h2").first().innerText()).isEqualTo("Fleet");
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("en");

        page.navigate(url("/board"));
        page.locator(".board-scope").getByText("All regions").waitFor();
        page.navigate(url("/status"));
        assertThat(page.locator("h1").innerText()).isEqualTo("ENT status");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");

        page.navigate(url("/"));
        page.locator("#language-fr").click();
        page.waitForCondition(() -> "Se déconnecter".equals(page.locator("#sign-out").innerText()));
    }

    @Test
    void the_public_page_is_french_by_default_and_english_on_request() {
        Page page = chromium.newPage();
        page.navigate(url("/status"));
        assertThat(page.locator("h1").innerText()).isEqualTo("État des ENT");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(page.locator("li[data-tenant] .status").first().innerText())
                .isIn("Opérationnel", "Perturbé", "Incident en cours", "État inconnu", "En cours de mise en service", "Suspendu");

        page.locator("a[hreflang=en]").click();
        page.waitForURL("**/status?lang=en");
        assertThat(page.locator("h1").innerText()).isEqualTo("ENT status");
        assertThat(page.locator("li[data-tenant] .status").first().innerText())
                .isIn("Operational", "Disrupted", "Ongoing incident", "Status unknown", "Being set up", "Suspended");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
