package org.vigie.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.ApiClient;
import org.vigie.testing.Callers;
import org.vigie.testing.DemoFleet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The timeline fills itself from the platform's facts; the public pages carry public updates only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentTimelineIT {

    static final String VICTIM = "puy-de-dome-colleges";
    static final String OTHER = "somme-colleges";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Incidents incidents;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient operator;

    @BeforeEach
    void signIn() {
        operator = ApiClient.as(port, "operator", users, tokens);
    }

    @AfterEach
    void repair() {
        incidents.list(true).forEach(i -> incidents.update(Callers.operator(), i.id(),
                new UpdateRequest(null, false, "resolved", null, null)));
        DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", null);
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(VICTIM)
                .map(t -> t.status() != Status.RED).orElse(false));
    }

    @Test
    void the_timeline_holds_a_transition_and_a_scale_of_an_affected_tenant_in_order_and_nothing_of_other_tenants() {
        DemoFleet.settled(fleet, VICTIM);
        DemoFleet.settled(fleet, OTHER);
        HttpResponse<String> created = operator.post("/api/v1/incidents", """
                {"title": "SSO du Puy-de-Dôme", "severity": "SEV1", "tenants": ["%s"]}""".formatted(VICTIM));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").stringValue();

        DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", "unavailable");
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(VICTIM)
                .map(t -> t.status() == Status.RED).orElse(false));
        int replicas = fleet.current().tenant(VICTIM).orElseThrow().service("binder").orElseThrow().desired();
        HttpResponse<String> scaled = operator.post("/api/v1/tenants/" + VICTIM + "/services/binder/scale",
                "{\"replicas\": %d, \"reason\": \"renfort\", \"incident\": \"%s\"}".formatted(replicas + 1, id));
        assertThat(scaled.statusCode()).as(scaled.body()).isBetween(200, 202);
        int otherReplicas = fleet.current().tenant(OTHER).orElseThrow().service("binder").orElseThrow().desired();
        HttpResponse<String> elsewhere = operator.post("/api/v1/tenants/" + OTHER + "/services/binder/scale",
                "{\"replicas\": %d, \"reason\": \"sans rapport\"}".formatted(otherReplicas + 1));
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isBetween(200, 202);
        operator.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"Renfort demandé\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> timeline = json.readTree(operator.get("/api/v1/incidents/" + id).body()).get("timeline")
                    .valueStream().toList();
            List<String> kinds = timeline.stream().map(e -> e.get("kind").stringValue()).toList();
            assertThat(kinds).containsSubsequence("state", "transition", "action", "note");
            JsonNode transition = timeline.stream().filter(e -> e.get("kind").stringValue().equals("transition"))
                    .findFirst().orElseThrow();
            assertThat(transition.get("text").stringValue()).contains(VICTIM).contains("→ RED");
            JsonNode action = timeline.stream().filter(e -> e.get("kind").stringValue().equals("action")).findFirst()
                    .orElseThrow();
            assertThat(action.get("text").stringValue()).contains("scale " + VICTIM + "/binder").contains("[" + id + "]");
            assertThat(action.get("actor").stringValue()).isEqualTo("operator");
            assertThat(timeline.stream().map(e -> e.get("at").stringValue()).toList()).isSorted();
            assertThat(timeline).noneMatch(e -> e.get("text").stringValue().contains(OTHER));
        });
        operator.post("/api/v1/incidents/" + id + "/updates", "{\"state\": \"resolved\"}");
    }

    @Test
    void a_public_update_written_by_another_console_reaches_this_consoles_status_page() {
        long id = jdbc.sql("""
                insert into incident (title, severity, state, tenants, services, summary, declared_by, declared_at,
                    impact_started_at, commander)
                values ('Déclaré ailleurs', 'SEV3', 'IDENTIFIED', array['%s'], array[]::text[], '', 'operator', now(), now(),
                    'operator') returning id""".formatted(OTHER)).query(Long.class).single();
        jdbc.sql("insert into incident_entry (incident_id, at, kind, actor, text, public) values (:id, now(), 'UPDATE', "
                + "'operator', 'Écrit par une autre console', true)").param("id", id).update();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ApiClient.anonymous(port)
                .get("/api/v1/status").body()).contains("INC-" + id).contains("Écrit par une autre console"));
        operator.post("/api/v1/incidents/INC-" + id + "/updates", "{\"state\": \"resolved\"}");
        assertThat(ApiClient.anonymous(port).get("/status").body()).doesNotContain("Écrit par une autre console");
    }

    @Test
    void incident_entries_can_be_neither_changed_nor_deleted() {
        assertThat(operator.post("/api/v1/incidents", """
                {"title": "Gardé", "severity": "SEV3", "tenants": ["%s"]}""".formatted(OTHER)).statusCode()).isEqualTo(201);
        assertThatThrownBy(() -> jdbc.sql("update incident_entry set text = 'réécrit'").update())
                .hasMessageContaining("incident_entry is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from incident_entry").update())
                .hasMessageContaining("incident_entry is append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate incident_entry").update())
                .hasMessageContaining("incident_entry is append-only");
    }

    @Test
    void internal_notes_never_reach_the_public_pages_and_a_public_update_changes_their_etag() {
        ApiClient anonymous = ApiClient.anonymous(port);
        HttpResponse<String> created = operator.post("/api/v1/incidents", """
                {"title": "Lenteurs de la Somme", "severity": "SEV3", "tenants": ["%s"]}""".formatted(OTHER));
        String id = json.readTree(created.body()).get("id").stringValue();
        operator.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"SECRET-NOTE mot de passe provisoire\"}");
        String etag = anonymous.get("/api/v1/status").headers().firstValue("ETag").orElseThrow();
        String pageEtag = anonymous.get("/status").headers().firstValue("ETag").orElseThrow();
        assertThat(anonymous.get("/api/v1/status").body()).doesNotContain("SECRET-NOTE").doesNotContain(id);
        assertThat(anonymous.get("/status").body()).doesNotContain("SECRET-NOTE").doesNotContain("Lenteurs de la Somme");

        operator.post("/api/v1/incidents/" + id + "/updates",
                "{\"text\": \"Les connexions sont lentes <script>alert(1)</script>\", \"public\": true}");
        HttpResponse<String> status = anonymous.get("/api/v1/status", "If-None-Match", etag);
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode incident = json.readTree(status.body()).get("incidents").valueStream()
                .filter(i -> i.get("id").stringValue().equals(id)).findFirst().orElseThrow();
        assertThat(incident.get("title").stringValue()).isEqualTo("Lenteurs de la Somme");
        assertThat(incident.get("state").stringValue()).isEqualTo("investigating");
        assertThat(incident.get("tenants").get(0).stringValue()).isEqualTo(OTHER);
        assertThat(incident.get("updates").get(0).get("text").stringValue()).startsWith("Les connexions sont lentes");
        assertThat(incident.get("updates").get(0).has("at")).isTrue();
        assertThat(status.body()).doesNotContain("SECRET-NOTE");
        HttpResponse<String> page = anonymous.get("/status", "If-None-Match", pageEtag);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lenteurs de la Somme").contains("Les connexions sont lentes &lt;script&gt;")
                .doesNotContain("<script>alert").doesNotContain("SECRET-NOTE");

        operator.post("/api/v1/incidents/" + id + "/updates", "{\"state\": \"resolved\"}");
        assertThat(anonymous.get("/api/v1/status").body()).doesNotContain(id);
    }
}
