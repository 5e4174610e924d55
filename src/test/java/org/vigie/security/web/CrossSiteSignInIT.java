package org.vigie.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;
import org.vigie.security.users.UserAccounts;

/** The password form accepts only sign-ins sent from Vigie's own pages: a forged cross-site POST signs nobody in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossSiteSignInIT {

    private static final String PASSWORD = "the-right-password";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    AuditLog audit;

    @Test
    void a_cross_site_sign_in_with_the_right_password_is_refused_leaves_no_session_and_is_audited() {
        users.createLocal("cross-site-target", PASSWORD, EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        Browser browser = new Browser();

        HttpResponse<String> answer = browser.signIn("cross-site-target", PASSWORD, "Origin", "https://evil.example");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Sign-in refused", "/login");
        assertThat(browser.isSignedIn()).isFalse();
        List<AuditRecord> records = audit.find(new AuditFilter(null, "cross-site-target", null, null));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo(SecurityAudit.SIGN_IN);
            assertThat(record.outcome()).isEqualTo(Outcome.DENIED);
            assertThat(record.detail()).contains("https://evil.example", ownOrigin());
        });
    }

    @Test
    void every_sign_in_not_proven_to_come_from_this_origin_is_refused() {
        users.createLocal("forged-everywhere", PASSWORD, EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        Map<String, String[]> forgeries = new LinkedHashMap<>();
        forgeries.put("opaque origin", new String[] {"Origin", "null"});
        forgeries.put("foreign referer, no origin", new String[] {"Referer", "https://evil.example/page"});
        forgeries.put("cross-site fetch, no origin", new String[] {"Sec-Fetch-Site", "cross-site"});
        forgeries.put("sibling site", new String[] {"Origin", ownOrigin(), "Sec-Fetch-Site", "same-site"});
        forgeries.put("lookalike host", new String[] {"Origin", ownOrigin() + ".evil.example"});
        forgeries.put("other port", new String[] {"Origin", "http://localhost:" + (port + 1)});
        forgeries.put("other scheme", new String[] {"Origin", "https://localhost:" + port});
        forgeries.put("no origin, referer nor fetch metadata", new String[] {});

        forgeries.forEach((forgery, headers) -> {
            Browser browser = new Browser();
            assertThat(browser.signIn("forged-everywhere", PASSWORD, headers).statusCode()).as(forgery).isEqualTo(403);
            assertThat(browser.isSignedIn()).as(forgery).isFalse();
        });
    }

    @Test
    void a_same_origin_sign_in_still_signs_in_with_origin_or_only_a_referer() {
        users.createLocal("same-origin-user", PASSWORD, EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        Browser withOrigin = new Browser();
        Browser withReferer = new Browser();

        HttpResponse<String> answer = withOrigin.signIn("same-origin-user", PASSWORD,
                "Origin", ownOrigin(), "Sec-Fetch-Site", "same-origin");
        withReferer.signIn("same-origin-user", PASSWORD, "Referer", ownOrigin() + "/login");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(withOrigin.isSignedIn()).isTrue();
        assertThat(withReferer.isSignedIn()).isTrue();
    }

    @Test
    void forged_wrong_passwords_do_not_count_towards_locking_the_user_out() {
        users.createLocal("not-locked-by-forgeries", PASSWORD, EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        for (int i = 0; i < 6; i++) {
            new Browser().signIn("not-locked-by-forgeries", "wrong " + i, "Origin", "https://evil.example");
        }

        Browser browser = new Browser();
        browser.signIn("not-locked-by-forgeries", PASSWORD, "Origin", ownOrigin());

        assertThat(browser.isSignedIn()).isTrue();
    }

    private String ownOrigin() {
        return "http://localhost:" + port;
    }

    /** One client with its own cookies, following no redirect: what a browser session would hold. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> signIn(String username, String password, String... headers) {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ownOrigin() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request.build());
        }

        /** The console's start page opens (200) for a signed-in session and redirects to the login page otherwise. */
        boolean isSignedIn() {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(ownOrigin() + "/")).GET().build());
            return page.statusCode() == 200;
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
