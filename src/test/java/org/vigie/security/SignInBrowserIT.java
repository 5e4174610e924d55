package org.vigie.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.security.ui.LoginView;
import org.vigie.security.users.UserAccounts;
import org.vigie.security.users.UserAdministration;
import org.vigie.testing.BrowserSignIn;
import org.vigie.testing.Chromium;

/** Signing in and out in Debian's Chromium: the login form, its errors, throttling, sign-out everywhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    UserAdministration administration;

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
    void the_login_page_lists_the_demo_accounts_and_an_operator_lands_on_the_page_asked_for_with_their_menu() {
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/audit");
        page.waitForURL("**/login");
        assertThat(page.locator("#demo-users").textContent()).isEqualTo("Comptes de démonstration (mot de passe « demo ») : admin, operator, manager, viewer");

        page.locator("input[name='username']").fill("operator");
        page.locator("input[name='password']").fill("demo");
        page.locator("input[name='password']").press("Enter");

        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.url()).contains("/audit");
        assertThat(page.locator("#signed-in-user").textContent()).isEqualTo("operator · operator");
        assertThat(page.locator("vaadin-side-nav-item").allTextContents()).contains("Mise à l'échelle groupée", "Journal d'audit")
                .doesNotContain("Utilisateurs", "Écrans muraux");
        assertThat(page.locator("vaadin-dev-tools, copilot-main, vaadin-devmode-gizmo").count())
                .as("no development tools over the product").isZero();

        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/signed-in.png")));
        page.locator("#sign-out").click();
        page.waitForURL("**/login");
        page.navigate("http://localhost:" + port + "/");
        page.waitForURL("**/login");
    }

    @Test
    void a_wrong_password_says_so_and_repeated_failures_say_how_long_to_wait() {
        users.createLocal("browser-throttled", "the-right-password", EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        Page page = chromium.newPage();

        BrowserSignIn.attempt(page, port, "browser-throttled", "wrong");
        page.waitForURL("**/login?error");
        page.getByText("Identifiant ou mot de passe incorrect").waitFor();

        for (int i = 0; i < 4; i++) {
            BrowserSignIn.retry(page, "browser-throttled", "wrong " + i);
            page.waitForURL("**/login?error");
        }
        BrowserSignIn.retry(page, "browser-throttled", "the-right-password");
        page.waitForURL("**/login?error");

        page.getByText("Trop d'échecs de connexion").waitFor();
        assertThat(page.getByText("La connexion est suspendue").textContent()).containsPattern("réessayez dans \\d+ s");
    }

    @Test
    void an_admin_signs_a_user_out_of_every_open_page_at_once() {
        users.createLocal("signed-out-twice", "the-right-password", EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        Page first = chromium.newPage();
        Page second = chromium.newPage();
        BrowserSignIn.signIn(first, port, "signed-out-twice", "the-right-password");
        BrowserSignIn.signIn(second, port, "signed-out-twice", "the-right-password");
        first.locator("#signed-in-user").waitFor();
        second.locator("#signed-in-user").waitFor();

        int ended = administration.endSessions(users.find("admin").orElseThrow().caller(), "signed-out-twice");

        assertThat(ended).isEqualTo(2);
        first.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(10_000));
        second.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(10_000));
        second.navigate("http://localhost:" + port + "/");
        second.waitForURL("**/login");
        first.locator("input[name='username']").waitFor(new Locator.WaitForOptions().setTimeout(10_000));
    }

    @Test
    void taking_a_role_away_signs_the_user_out_so_that_it_applies_at_once() {
        users.createLocal("demoted-operator", "the-right-password", EnumSet.of(Role.OPERATOR), AccessScope.EVERYWHERE);
        Page page = chromium.newPage();
        BrowserSignIn.signIn(page, port, "demoted-operator", "the-right-password");
        page.locator("#signed-in-user").waitFor();

        administration.update(users.find("admin").orElseThrow().caller(), "demoted-operator",
                EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE, true);

        page.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(10_000));
        BrowserSignIn.signIn(page, port, "demoted-operator", "the-right-password");
        assertThat(page.locator("#signed-in-user").textContent()).isEqualTo("demoted-operator · viewer");
    }

    @Test
    void an_admin_signs_everyone_else_out_at_once() {
        users.createLocal("everyone-else", "the-right-password", EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        Page viewer = chromium.newPage();
        Page admin = chromium.newPage();
        BrowserSignIn.signIn(viewer, port, "everyone-else", "the-right-password");
        BrowserSignIn.signIn(admin, port, "admin", "demo");
        viewer.locator("#signed-in-user").waitFor();

        admin.navigate("http://localhost:" + port + "/admin/users");
        admin.locator("#end-everyones-sessions").click();

        viewer.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(10_000));
        admin.getByText("Tous les autres ont été déconnectés :").waitFor();
        admin.navigate("http://localhost:" + port + "/");
        admin.locator("#signed-in-user").waitFor();
    }
}
