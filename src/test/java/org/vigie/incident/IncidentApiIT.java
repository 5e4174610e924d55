package org.vigie.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.ApiClient;
import org.vigie.testing.Callers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentApiIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Incidents incidents;

    @Autowired
    AuditLog audit;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient operator;

    @BeforeEach
    void signIn() {
        operator = ApiClient.as(port, "operator", users, tokens);
    }

    /** The public pages of later tests show no incident left open here. */
    @AfterEach
    void resolveWhatWasDeclared() {
        incidents.list(true).forEach(i -> incidents.update(Callers.operator(), i.id(),
                new UpdateRequest(null, false, "resolved", null, null)));
    }

    String declare(String title, String tenant) {
        HttpResponse<String> created = operator.post("/api/v1/incidents", """
                {"title": "%s", "severity": "SEV2", "tenants": ["%s"], "services": ["sso"],
                 "summary": "Connexions refusées"}""".formatted(title, tenant));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").stringValue();
    }

    @Test
    void an_operator_declares_updates_and_resolves_an_incident_and_every_write_is_audited() {
        String id = declare("SSO en panne dans la Somme", "somme-colleges");
        assertThat(id).startsWith("INC-");
        JsonNode incident = json.readTree(operator.get("/api/v1/incidents/" + id).body());
        assertThat(incident.get("state").stringValue()).isEqualTo("investigating");
        assertThat(incident.get("commander").stringValue()).isEqualTo("operator");
        assertThat(incident.get("timeline").get(0).get("kind").stringValue()).isEqualTo("state");

        HttpResponse<String> noted = operator.post("/api/v1/incidents/" + id + "/updates",
                "{\"text\": \"Piste : certificat expiré\", \"state\": \"identified\"}");
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
        HttpResponse<String> resolved = operator.post("/api/v1/incidents/" + id + "/updates",
                "{\"text\": \"Le service est rétabli.\", \"public\": true, \"state\": \"resolved\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        JsonNode after = json.readTree(resolved.body());
        assertThat(after.get("state").stringValue()).isEqualTo("resolved");
        assertThat(after.get("resolvedAt").isNull()).isFalse();
        assertThat(after.get("timeline").valueStream().map(e -> e.get("kind").stringValue()))
                .contains("state", "note", "update");

        assertProblem(operator.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"encore\"}"), 409,
                "is RESOLVED");
        assertThat(json.readTree(operator.get("/api/v1/incidents?state=open").body()).valueStream()
                .map(i -> i.get("id").stringValue())).doesNotContain(id);
        assertThat(json.readTree(operator.get("/api/v1/incidents").body()).valueStream()
                .map(i -> i.get("id").stringValue())).contains(id);
        String audit = operator.get("/api/v1/audit?actor=operator").body();
        assertThat(audit).contains("incident.declare").contains("incident.update").contains("incident.public-update");

        HttpResponse<String> md = operator.get("/api/v1/incidents/" + id + "/review?format=md");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.body()).startsWith("# " + id).contains("toDetect").contains("## Timeline").contains("somme-colleges");
        JsonNode review = json.readTree(operator.get("/api/v1/incidents/" + id + "/review?format=json").body());
        assertThat(review.get("durations").get("toResolve").isNull()).isFalse();
        assertThat(review.get("colourStrips").has("somme-colleges")).isTrue();
        assertThat(review.get("actors").valueStream().map(JsonNode::stringValue)).contains("operator");
    }

    @Test
    void refusals_name_the_field_the_value_and_what_is_allowed() {
        String long121 = "x".repeat(121);
        assertProblem(operator.post("/api/v1/incidents", "{\"title\": \"" + long121 + "\", \"severity\": \"SEV1\", "
                + "\"tenants\": [\"somme-colleges\"]}"), 400, "field 'title'");
        assertProblem(operator.post("/api/v1/incidents", "{\"title\": \"t\", \"severity\": \"SEV4\", "
                + "\"tenants\": [\"somme-colleges\"]}"), 400, "field 'severity': value \"SEV4\" is not allowed; expected one of SEV1, SEV2, SEV3");
        assertProblem(operator.post("/api/v1/incidents", "{\"title\": \"t\", \"severity\": \"SEV1\", "
                + "\"tenants\": [\"atlantide\"]}"), 400, "field 'tenants': value \"atlantide\" is not allowed; expected a tenant of the catalogue");
        assertProblem(operator.post("/api/v1/incidents", "{\"title\": \"t\", \"severity\": \"SEV1\", \"tenants\": []}"),
                400, "field 'tenants'");
        assertProblem(operator.post("/api/v1/incidents", "{\"title\": \"a\\u202eb\", \"severity\": \"SEV1\", "
                + "\"tenants\": [\"somme-colleges\"]}"), 400, "U+202E at position 2");
        assertProblem(operator.post("/api/v1/incidents", "{\"title\": \"t\", \"severity\": \"SEV1\", "
                + "\"tenants\": [\"somme-colleges\"], \"services\": [\"teleport\"]}"), 400, "field 'services'");
        assertProblem(operator.post("/api/v1/incidents", "{\"titre\": \"t\"}"), 400, "field 'titre'");
        String id = declare("Lenteurs", "somme-colleges");
        assertProblem(operator.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"ligne\\nforgée\"}"), 400,
                "field 'text': value \"with U+000A at position 6\"");
        assertProblem(operator.post("/api/v1/incidents/" + id + "/updates", "{\"state\": \"monitoring\"}"), 200, null);
        assertProblem(operator.post("/api/v1/incidents/" + id + "/updates", "{\"state\": \"identified\"}"), 400,
                "field 'state': value \"identified\" is not allowed; expected a later state than monitoring (resolved)");
        assertProblem(operator.post("/api/v1/incidents/" + id + "/updates", "{\"state\": \"fixed\"}"), 400, "field 'state'");
        assertProblem(operator.post("/api/v1/incidents/" + id + "/updates", "{\"impactStartedAt\": \"2999-01-01T00:00Z\"}"),
                400, "field 'impactStartedAt': value \"2999-01-01T00:00Z\" is not allowed; expected a moment within the last 30 days");
        assertProblem(operator.post("/api/v1/incidents/" + id + "/updates", "{\"impactStartedAt\": \"hier\"}"), 400,
                "expected an ISO date-time with offset");
        String earlier = java.time.Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        HttpResponse<String> corrected = operator.post("/api/v1/incidents/" + id + "/updates",
                "{\"impactStartedAt\": \"" + earlier + "\", \"commander\": \"admin\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode after = json.readTree(corrected.body());
        assertThat(after.get("impactStartedAt").stringValue()).isEqualTo(earlier);
        assertThat(after.get("commander").stringValue()).isEqualTo("admin");
        assertThat(after.get("timeline").valueStream().map(e -> e.get("text").stringValue()))
                .anyMatch(t -> t.equals("commander admin, impact started at " + earlier));
        assertProblem(operator.get("/api/v1/incidents/INC-999999999"), 404, "no incident INC-999999999");
        assertProblem(operator.get("/api/v1/incidents/abc"), 400, "field 'id'");
        assertProblem(operator.get("/api/v1/incidents/" + id + "/review?format=pdf"), 400, "field 'format'");
        assertProblem(operator.post("/api/v1/incidents/INC-999999999/updates", "{\"text\": \"x\"}"), 404, "no incident");
    }

    @Test
    void roles_decide_who_declares_who_writes_public_updates_and_who_only_reads() {
        String id = declare("Messagerie lente", "somme-colleges");
        ApiClient viewer = ApiClient.as(port, "viewer", users, tokens);
        ApiClient manager = ApiClient.as(port, "manager", users, tokens);
        assertThat(viewer.get("/api/v1/incidents/" + id).statusCode()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/incidents/" + id + "/review").statusCode()).isEqualTo(200);
        assertProblem(viewer.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"x\", \"public\": true}"), 403,
                "your roles");
        assertThat(viewer.post("/api/v1/incidents", "{\"title\": \"x\"}").statusCode()).isEqualTo(403);
        assertThat(manager.post("/api/v1/incidents", "{\"title\": \"x\"}").statusCode()).isEqualTo(403);
        assertProblem(manager.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"note\"}"), 403,
                "account managers write public updates only");
        assertProblem(manager.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"x\", \"public\": true, "
                + "\"state\": \"resolved\"}"), 403, "account managers write public updates only");
        assertProblem(manager.post("/api/v1/incidents/" + id + "/updates",
                "{\"text\": \"Nous suivons la situation.\", \"public\": true}"), 200, null);
        assertThat(ApiClient.anonymous(port).get("/api/v1/incidents").statusCode()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"x\", "
                + "\"public\": true}").statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> incidents.declare(Callers.operatorOf("hauts-de-france"), new Declaration("Hors champ",
                "SEV3", List.of("puy-de-dome-colleges"), List.of(), null, null, null)))
                .isInstanceOf(IncidentRefused.class).hasMessageContaining("tenant puy-de-dome-colleges (region "
                        + "auvergne-rhone-alpes) is outside your scope");
        assertThat(operator.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"" + "x".repeat(70_000) + "\"}")
                .statusCode()).isEqualTo(413);
    }

    @Test
    void concurrent_updates_are_all_kept_and_only_one_of_concurrent_resolutions_wins() throws Exception {
        String id = declare("Mises à jour simultanées", "somme-colleges");
        List<Callable<Integer>> notes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String text = "note " + i;
            notes.add(() -> operator.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"" + text + "\"}")
                    .statusCode());
        }
        List<Callable<Integer>> resolutions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            resolutions.add(() -> operator.post("/api/v1/incidents/" + id + "/updates", "{\"state\": \"resolved\"}")
                    .statusCode());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            assertThat(pool.invokeAll(notes)).allSatisfy(f -> assertThat(f.get()).isEqualTo(200));
            List<Integer> outcomes = new ArrayList<>();
            for (var f : pool.invokeAll(resolutions)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsOnlyOnce(200).containsOnly(200, 409);
        }
        JsonNode timeline = json.readTree(operator.get("/api/v1/incidents/" + id).body()).get("timeline");
        assertThat(timeline.valueStream().filter(e -> e.get("kind").stringValue().equals("note"))).hasSize(8);
        assertThat(timeline.valueStream().filter(e -> e.get("text").stringValue().endsWith("→ RESOLVED"))).hasSize(1);
    }

    @Test
    void what_an_adversarial_tester_found_is_refused_escaped_or_audited() {
        Instant now = Instant.now();
        assertProblem(operator.post("/api/v1/maintenance-windows", """
                {"start": "%s", "end": "%s", "tenants": ["somme-colleges"], "text": "Rétroactive"}"""
                .formatted(now.minus(Duration.ofDays(6)), now.plus(Duration.ofHours(1)))), 400, "field 'start'");
        assertThat(json.readTree(operator.get("/api/v1/maintenance-windows").body()).valueStream()
                .map(w -> w.get("publicText").stringValue())).doesNotContain("Rétroactive");
        for (String invisible : List.of("\\u3164", "\\u00a0\\u00a0", "\\udb40\\udc41 x", "\\uffff x", "\\ue000 x")) {
            assertThat(operator.post("/api/v1/incidents", """
                    {"title": "%s", "severity": "SEV3", "tenants": ["somme-colleges"]}""".formatted(invisible))
                    .statusCode()).as(invisible).isEqualTo(400);
        }

        String id = declare("Revue échappée", "somme-colleges");
        assertThat(operator.post("/api/v1/incidents/" + id + "/updates",
                "{\"commander\": \"<img src=x onerror=alert(1)> [x](javascript:alert(1))\"}").statusCode()).isEqualTo(200);
        String md = operator.get("/api/v1/incidents/" + id + "/review?format=md").body();
        assertThat(md).contains("- Commander: \\<img src=x onerror=alert\\(1\\)\\> \\[x\\]\\(javascript:")
                .doesNotContain("- Commander: <img").contains("- Services: sso", "- Summary: Connexions refusées");

        ApiClient viewer = ApiClient.as(port, "viewer", users, tokens);
        Instant before = Instant.now().minusSeconds(1);
        assertThat(viewer.post("/api/v1/incidents/" + id + "/updates", "{\"text\": \"v\"}").statusCode()).isEqualTo(403);
        assertThat(audit.find(new AuditFilter(null, "viewer", before, null)))
                .anySatisfy(r -> assertThat(r.detail()).contains("POST /api/v1/incidents/" + id + "/updates refused"));
    }

    void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (detail != null) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("detail").stringValue()).contains(detail);
        }
    }
}
