package org.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.security.display.DisplayTokens;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.ApiClient;
import org.vigie.testing.Callers;
import org.vigie.testing.DemoFleet;
import org.vigie.testing.RestartablePostgres;

/**
 * PostgreSQL stopped under a running console, then started again on the same port and data: every
 * call that needs it is answered 503 within seconds, health says so at once, sign-in attempts do
 * not count, the console and the board show a banner while the clusters' state keeps flowing, and
 * everything resumes by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vigie.database.socket-timeout=5s", "vigie.database.connection-timeout=1s"})
@WithUserDetails("operator")
// A context of its own (its database): closed after the class, not left retrying a stopped server in the cache.
@DirtiesContext
class DatabaseOutageIT extends SpringBrowserlessTest {

    /**
     * Well under the 30 s that every call used to hang (Hikari's own default). The wait for a connection is
     * 1 s here (3 s by default): each call made during an outage waits that long, a dozen of them in this class.
     */
    static final Duration QUICKLY = Duration.ofSeconds(10);
    static final Duration BACK = Duration.ofSeconds(60);
    static final String BANNER = "database-banner";
    static final RestartablePostgres postgres = RestartablePostgres.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", postgres::jdbcUrl);
        properties.add("spring.datasource.username", () -> "postgres");
        // A database of its own is production-like: the audit chain wants a key from the configuration.
        properties.add("vigie.audit.keys.test", () -> "dGVzdC1vbmx5LWF1ZGl0LWtleS0zMi1ieXRlcyEhISE=");
    }

    @AfterAll
    static void removeTheDatabase() {
        postgres.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DisplayTokens displays;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void databaseBack() {
        postgres.restart();
        await().atMost(BACK).until(() -> ApiClient.anonymous(port).get("/actuator/health").statusCode() == 200);
        await().atMost(BACK).ignoreExceptions().until(() -> users.find("operator").isPresent());
    }

    @Test
    void calls_that_need_the_database_get_503_problem_json_within_seconds_then_work_again_by_themselves() {
        ApiClient operator = ApiClient.as(port, "operator", users, tokens);
        ApiClient manager = ApiClient.as(port, "manager", users, tokens);
        assertThat(operator.get("/api/v1/audit").statusCode()).isEqualTo(200);

        postgres.stop();

        assertUnavailable(quickly(() -> operator.get("/api/v1/tenants")));
        assertUnavailable(quickly(() -> operator.get("/api/v1/audit")));
        assertUnavailable(quickly(() -> manager.post("/api/v1/catalogue/reload", "")));
        assertThat(quickly(() -> ApiClient.anonymous(port).get("/api/v1/status")).statusCode()).isEqualTo(200);

        postgres.restart();

        await().atMost(BACK).until(() -> operator.get("/api/v1/audit").statusCode() == 200);
        assertThat(operator.get("/api/v1/tenants").statusCode()).isEqualTo(200);
        assertThat(manager.post("/api/v1/catalogue/reload", "").statusCode()).isEqualTo(200);
    }

    @Test
    void a_status_change_seen_during_the_outage_is_written_when_postgresql_is_back() {
        TenantState tenant = DemoFleet.settled(fleet, catalogue.all().getFirst().name());
        String name = tenant.tenant().name();
        var sso = clusters.client(tenant.tenant().cluster()).orElseThrow().apps().deployments()
                .inNamespace(tenant.tenant().namespace()).withName("sso");
        int replicas = DemoFleet.desiredInCluster(clusters, tenant, "sso");
        Instant before = Instant.now();
        postgres.stop();
        await().atMost(QUICKLY).until(() -> ApiClient.anonymous(port).get("/actuator/health").statusCode() == 503);
        try {
            sso.edit(d -> {
                d.getSpec().setReplicas(0);
                return d;
            });
            await().atMost(QUICKLY).until(() -> fleet.current().tenant(name).orElseThrow().status() == Status.RED);
            // Long enough for the recorder to have tried, and failed, to write the change (connection timeout 1 s).
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5))
                    .until(() -> fleet.current().tenant(name).orElseThrow().status() == Status.RED);

            postgres.restart();

            await().atMost(BACK).ignoreExceptions().until(() -> jdbc.sql("select count(*) from status_transition "
                    + "where tenant = ? and to_status = 'RED' and at >= ?").params(name, Timestamp.from(before))
                    .query(Long.class).single() == 1);
        } finally {
            sso.edit(d -> {
                d.getSpec().setReplicas(replicas);
                return d;
            });
        }
    }

    @Test
    void health_says_the_database_is_down_within_seconds_while_readiness_and_liveness_stay_up() {
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        postgres.stop();

        await().atMost(QUICKLY).until(() -> anonymous.get("/actuator/health").statusCode() == 503);
        assertThat(quickly(() -> anonymous.get("/actuator/health")).body()).contains("DOWN");
        HttpResponse<String> readiness = quickly(() -> anonymous.get("/actuator/health/readiness"));
        assertThat(readiness.statusCode()).as("every replica loses PostgreSQL at once: none leaves the Service, the "
                + "board and /status keep answering").isEqualTo(200);
        assertThat(quickly(() -> anonymous.get("/actuator/health/liveness")).statusCode()).isEqualTo(200);
        assertThat(quickly(() -> anonymous.get("/api/v1/status")).statusCode()).isEqualTo(200);

        postgres.restart();

        await().atMost(BACK).until(() -> anonymous.get("/actuator/health").statusCode() == 200);
    }

    @Test
    void sign_in_attempts_during_an_outage_are_answered_503_and_do_not_lock_the_user_out_afterwards() {
        postgres.stop();

        for (String password : List.of("wrong-1", "demo", "wrong-2", "wrong-3", "demo", "wrong-4")) {
            HttpResponse<String> refused = quickly(() -> ApiClient.basic(port, "viewer", password)
                    .post("/api/v1/tokens", "{\"name\": \"during the outage\"}"));
            assertThat(refused.statusCode()).as("password %s", password).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("not counted");
        }

        postgres.restart();

        await().atMost(BACK).until(() -> ApiClient.anonymous(port).get("/actuator/health").statusCode() == 200);
        HttpResponse<String> signedIn = ApiClient.basic(port, "viewer", "demo")
                .post("/api/v1/tokens", "{\"name\": \"after the outage\"}");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(201);
    }

    @Test
    void the_console_and_the_board_show_a_banner_during_the_outage_while_the_cluster_state_keeps_flowing() {
        UI.getCurrent().navigate("");
        assertThat(bannerShown()).isFalse();

        postgres.stop();

        await().pollInSameThread().atMost(QUICKLY).until(this::bannerShown);
        assertThat($(Div.class).id(BANNER).getText()).startsWith("Base de données indisponible : mise à l'échelle et modifications suspendues");
        Tenant tenant = catalogue.find("somme-colleges").orElseThrow();
        // binder has no autoscaler: the demo's HPA (portal's) sets its replicas back to what the hour's load needs.
        int target = fleet.current().tenant(tenant.name()).flatMap(t -> t.service("binder")).orElseThrow().desired() + 1;
        clusters.client(tenant.cluster()).orElseThrow().apps().deployments().inNamespace(tenant.namespace())
                .withName("binder").scale(target);
        await().atMost(Duration.ofSeconds(20)).until(() -> fleet.current().tenant(tenant.name())
                .flatMap(t -> t.service("binder")).orElseThrow().desired() == target);
        UI.getCurrent().navigate("board");
        assertThat(bannerShown()).isTrue();
        assertThat($(Div.class).id(BANNER).getText()).contains("BASE DE DONNÉES INDISPONIBLE : mise à l'échelle et modifications suspendues");

        postgres.restart();

        await().pollInSameThread().atMost(BACK).until(() -> !bannerShown());
    }

    @Test
    void the_login_page_says_sign_in_is_unavailable_rather_than_wrong_password_when_the_user_store_does_not_answer() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new InternalAuthenticationServiceException("PostgreSQL unavailable",
                        new CannotGetJdbcConnectionException("Connection is not available, request timed out")));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        String shown = $(LoginForm.class).single().getElement().getPropertyRaw("i18n").toString();
        assertThat(shown).contains("Connexion indisponible", "n'est pas comptée").doesNotContain("Identifiant ou mot de passe incorrect");
    }

    @Test
    void a_wall_display_link_during_the_outage_gets_a_page_that_says_so_and_reloads_itself() {
        String secret = displays.create(Callers.admin(), "outage screen", null).secret();

        postgres.stop();

        HttpResponse<String> page = quickly(() -> ApiClient.anonymous(port).get("/board?display=" + secret));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Base de données indisponible", "http-equiv=\"refresh\"");
    }

    @Test
    void a_query_to_a_server_that_stops_answering_is_cut_after_the_socket_timeout() {
        Throwable cut = await().atMost(Duration.ofSeconds(20)).until(
                () -> catchThrowable(() -> jdbc.sql("select pg_sleep(60)").query().singleRow()), e -> true);

        assertThat(cut).isInstanceOf(DataAccessException.class);
    }

    private static HttpResponse<String> quickly(Callable<HttpResponse<String>> call) {
        return await().atMost(QUICKLY).until(call, response -> true);
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"title\":\"Database unavailable\"", "PostgreSQL");
    }

    /** Whether the open page shows the banner, once what the server pushed has arrived. */
    private boolean bannerShown() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
        return $(Div.class).withId(BANNER).exists();
    }
}
