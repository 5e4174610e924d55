package org.vigie.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.vigie.replicas.TwoConsoles.NAMESPACE;
import static org.vigie.replicas.TwoConsoles.TENANT;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditLog;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.history.StatusHistory;
import org.vigie.history.StatusTransition;
import org.vigie.security.AccessScope;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.security.display.DisplayTokens;
import org.vigie.security.display.IssuedDisplayToken;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.security.users.UserAdministration;
import org.vigie.testing.ApiClient;
import org.vigie.testing.BrowserSignIn;
import org.vigie.testing.Chromium;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue #15: two replicas on one PostgreSQL and one API server behave as one console. */
class SeveralConsolesIT {

    static final Duration SOON = Duration.ofSeconds(30);
    static final String PASSWORD = "replica-admin-password";
    static final Caller ADMIN = new Caller("replica-admin", EnumSet.of(Role.ADMIN), AccessScope.EVERYWHERE);

    static TwoConsoles consoles;

    @BeforeAll
    static void start() throws Exception {
        consoles = new TwoConsoles();
        consoles.bean(0, UserAccounts.class).createLocal(ADMIN.username(), PASSWORD,
                EnumSet.of(Role.ADMIN), AccessScope.EVERYWHERE);
        for (int i = 0; i < 2; i++) {
            FleetSnapshotPublisher fleet = consoles.bean(i, FleetSnapshotPublisher.class);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(fleet.current().tenant(TENANT))
                    .hasValueSatisfying(t -> assertThat(t.status()).as(t.health().reasons().toString())
                            .isEqualTo(Status.GREEN)));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        consoles.close();
    }

    @Test
    void a_console_starting_beside_a_running_one_writes_no_unknown_episode() {
        await().atMost(SOON).until(() -> transitions().stream().anyMatch(t -> t.to() == Status.GREEN));

        assertThat(transitions()).as("the second console's own start-up is not the tenant's").noneMatch(t ->
                t.to() == Status.GREY);
    }

    @Test
    void a_change_seen_by_both_consoles_is_recorded_and_announced_once() {
        long before = count("RED");
        long greenBefore = count("GREEN");
        setReadySso(0);
        try {
            awaitBoth(Status.RED);
            await().atMost(SOON).until(() -> count("RED") == before + 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> count("RED") == before + 1);
        } finally {
            setReadySso(2);
        }
        awaitBoth(Status.GREEN);
        await().atMost(SOON).until(() -> count("GREEN") == greenBefore + 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> count("GREEN") == greenBefore + 1);

        assertThat(consoles.announced.stream().filter(a -> a.transition().tenant().equals(TENANT)
                && a.transition().to() == Status.RED).count()).isEqualTo(before + 1);
        List<StatusTransition> seenByFirst = consoles.bean(0, StatusHistory.class).latest(TENANT, 100);
        assertThat(consoles.bean(1, StatusHistory.class).latest(TENANT, 100)).isEqualTo(seenByFirst);
        assertThat(seenByFirst.getFirst().from()).isEqualTo(Status.RED);
        Double first = consoles.bean(0, StatusHistory.class).uptime(TENANT, Duration.ofHours(1)).availability();
        Double second = consoles.bean(1, StatusHistory.class).uptime(TENANT, Duration.ofHours(1)).availability();
        assertThat(first).isLessThan(1.0).isCloseTo(second, within(0.001));
    }

    @Test
    void two_consoles_appending_at_once_keep_one_valid_chain() throws Exception {
        JdbcClient jdbc = consoles.bean(0, JdbcClient.class);
        long before = jdbc.sql("select count(*) from audit_record").query(Long.class).single();
        try (ExecutorService writers = Executors.newFixedThreadPool(8)) {
            List<Future<?>> appends = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                AuditLog audit = consoles.bean(i % 2, AuditLog.class);
                String detail = "append " + i + " on console " + (i % 2);
                appends.add(writers.submit(() -> audit.append(new AuditEntry("replica-test", "replica-check", null,
                        null, null, null, null, null, Outcome.SUCCEEDED, detail, UUID.randomUUID(), null))));
            }
            for (Future<?> append : appends) {
                append.get();
            }
        }

        assertThat(jdbc.sql("select count(*) from audit_record").query(Long.class).single()).isEqualTo(before + 100);
        assertThat(jdbc.sql("select count(*) - count(distinct previous_hash) from audit_record").query(Long.class)
                .single()).as("two records chained to one predecessor: a fork").isZero();
        assertThat(consoles.bean(0, AuditLog.class).verify().ok()).isTrue();
        assertThat(consoles.bean(1, AuditLog.class).verify().ok()).isTrue();
    }

    @Test
    void a_display_link_revoked_on_one_console_is_refused_by_the_other() {
        DisplayTokens tokens = consoles.bean(0, DisplayTokens.class);
        IssuedDisplayToken issued = tokens.create(ADMIN, "Mur de la salle de crise " + UUID.randomUUID(), null);
        assertThat(openBoard(1, issued.secret()).statusCode()).isEqualTo(200);

        assertThat(tokens.revoke(ADMIN, issued.token().id())).isTrue();

        HttpResponse<String> refused = openBoard(1, issued.secret());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/display-revoked"));
    }

    @Test
    void signing_someone_out_on_one_console_ends_their_sessions_on_the_other() {
        consoles.bean(0, UserAccounts.class).createLocal("replica-viewer", "replica-viewer-password",
                EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPage();
            BrowserSignIn.signIn(page, consoles.port(1), "replica-viewer", "replica-viewer-password");
            page.locator("#signed-in-user").waitFor();

            int endedOnFirst = consoles.bean(0, UserAdministration.class).endSessions(ADMIN, "replica-viewer");

            assertThat(endedOnFirst).as("the session is on the other console").isZero();
            page.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(10_000));
            page.navigate("http://localhost:" + consoles.port(1) + "/");
            page.waitForURL("**/login");
        }
    }

    @Test
    void a_surge_window_is_started_and_ended_once_by_two_consoles() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).truncatedTo(ChronoUnit.SECONDS);
        ApiClient operator = ApiClient.as(consoles.port(0), ADMIN.username(), consoles.bean(0, UserAccounts.class),
                consoles.bean(0, ApiTokens.class));
        HttpResponse<String> created = operator.post("/api/v1/surge-plans", """
                {"name": "Deux consoles", "multiplier": 10, "tenants": ["%s"], "start": "%s", "end": "%s"}"""
                .formatted(TENANT, now.minusMinutes(1), now.plusSeconds(10)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode plan = JsonMapper.builder().build().readTree(created.body());
        long changed = plan.get("services").valueStream().filter(s -> s.get("to").asInt() != s.get("from").asInt())
                .count();
        assertThat(changed).as(created.body()).isPositive();

        await().atMost(Duration.ofSeconds(90)).until(() -> JsonMapper.builder().build().readTree(operator
                .get("/api/v1/surge-plans/" + plan.get("id").stringValue()).body()).get("state").stringValue()
                .equals("REVERTED"));

        JdbcClient jdbc = consoles.bean(0, JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'scale' and outcome = 'SUCCEEDED' "
                + "and reason = 'Deux consoles'").query(Long.class).single()).as("started once").isEqualTo(changed);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'scale' and outcome = 'SUCCEEDED' "
                + "and reason like 'Deux consoles — fin%'").query(Long.class).single()).as("ended once: %s", jdbc.sql(
                "select concat_ws(' ', actor, service, outcome, from_replicas, to_replicas, reason, detail) from "
                + "audit_record where reason like 'Deux consoles%'").query(String.class).list())
                .isEqualTo(changed);
    }

    private HttpResponse<String> openBoard(int console, String secret) {
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + consoles.port(console)
                    + "/board?display=" + secret)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setReadySso(int ready) {
        try (var client = consoles.client()) {
            client.apps().deployments().inNamespace(NAMESPACE).withName("sso").editStatus(d -> {
                d.getStatus().setReadyReplicas(ready);
                d.getStatus().setAvailableReplicas(ready);
                return d;
            });
        }
    }

    private static void awaitBoth(Status status) {
        for (int i = 0; i < 2; i++) {
            FleetSnapshotPublisher fleet = consoles.bean(i, FleetSnapshotPublisher.class);
            await().atMost(SOON).until(() -> fleet.current().tenant(TENANT).filter(t -> t.status() == status)
                    .isPresent());
        }
    }

    private static List<StatusTransition> transitions() {
        return consoles.bean(0, StatusHistory.class).latest(TENANT, 100);
    }

    private static long count(String to) {
        return consoles.bean(0, JdbcClient.class).sql("select count(*) from status_transition where tenant = :t and "
                + "to_status = :to").param("t", TENANT).param("to", to).query(Long.class).single();
    }
}
