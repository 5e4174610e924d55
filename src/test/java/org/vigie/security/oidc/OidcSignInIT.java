package org.vigie.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.users.UserAccount;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.Chromium;
import org.vigie.testing.FakeOidcIssuer;

/** Single sign-on against a real (if minimal) OIDC provider over HTTP, groups mapped to roles and scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A context of its own (its @DynamicPropertySource): closed after the class, not left running in the cache.
@DirtiesContext
class OidcSignInIT {

    static final FakeOidcIssuer ISSUER = new FakeOidcIssuer();

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry properties) {
        properties.add("vigie.security.oidc.issuer-uri", ISSUER::issuer);
        properties.add("vigie.security.oidc.client-id", () -> FakeOidcIssuer.CLIENT_ID);
        properties.add("vigie.security.oidc.client-secret", () -> FakeOidcIssuer.CLIENT_SECRET);
        properties.add("vigie.security.oidc.groups[/vigie/astreinte-hdf].roles", () -> "OPERATOR");
        properties.add("vigie.security.oidc.groups[/vigie/astreinte-hdf].regions", () -> "hauts-de-france");
        properties.add("vigie.security.oidc.groups[/vigie/lecture].roles", () -> "VIEWER");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    AuditLog audit;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the redirects of a sign-in by hand, from the console to the provider and back. */
    String signIn() throws Exception {
        String location = "http://127.0.0.1:" + port + "/oauth2/authorization/oidc";
        for (int hop = 0; hop < 6; hop++) {
            HttpResponse<String> response = get(location);
            if (response.statusCode() != 302) {
                return location;
            }
            location = URI.create(location).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
            if (location.contains("127.0.0.1:" + port) && !location.contains("/oauth2/") && !location.contains("/login/")) {
                return location;
            }
        }
        return location;
    }

    @Test
    void a_regional_operator_signs_in_through_the_provider_with_roles_and_scope_from_their_groups() throws Exception {
        ISSUER.nextPerson("claire.martin", List.of("/vigie/astreinte-hdf", "/vigie/lecture", "/enseignants"));

        String landed = signIn();

        assertThat(landed).doesNotContain("/login");
        assertThat(get("http://127.0.0.1:" + port + "/scaling/bulk").statusCode()).isEqualTo(200);
        UserAccount claire = users.find("claire.martin").orElseThrow();
        assertThat(claire.source()).isEqualTo(UserAccount.Source.OIDC);
        assertThat(claire.passwordHash()).isNull();
        assertThat(claire.roles()).containsExactlyInAnyOrder(Role.OPERATOR, Role.VIEWER);
        assertThat(claire.scope()).isEqualTo(new AccessScope(Set.of("hauts-de-france"), Set.of()));
        assertThat(audit.find(new AuditFilter(null, "claire.martin", null, null)))
                .anySatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED));
    }

    @Test
    void the_login_page_offers_single_sign_on_and_a_browser_completes_it() {
        ISSUER.nextPerson("paul.durand", List.of("/vigie/lecture"));
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPage();
            page.navigate("http://127.0.0.1:" + port + "/login");

            page.locator("#sso-login").click();

            page.locator("#signed-in-user").waitFor();
            assertThat(page.locator("#signed-in-user").textContent()).isEqualTo("paul.durand · viewer");
        }
    }

    @Test
    void a_person_in_no_mapped_group_is_refused_and_the_refusal_audited() throws Exception {
        ISSUER.nextPerson("eleve.curieux", List.of("/eleves"));

        String landed = signIn();

        assertThat(landed).contains("/login?error");
        assertThat(users.find("eleve.curieux")).isEmpty();
        assertThat(audit.find(new AuditFilter(null, "eleve.curieux", null, null)))
                .singleElement().satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(Outcome.DENIED);
                    assertThat(r.detail()).isEqualTo("OIDC groups [/eleves] grant no Vigie role");
                });
    }
}
