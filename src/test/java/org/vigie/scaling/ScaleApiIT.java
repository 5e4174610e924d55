package org.vigie.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.ServiceState;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.quota.QuotaCheck;
import org.vigie.quota.QuotaHeadroom;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.ApiClient;
import org.vigie.testing.DemoFleet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScaleApiIT {

    @LocalServerPort
    int port;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    AuditLog audit;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient operator;

    @BeforeEach
    void signIn() {
        operator = ApiClient.as(port, "operator", users, tokens);
    }

    HttpResponse<String> post(String tenant, String service, String body, String idempotencyKey) {
        String path = "/api/v1/tenants/" + tenant + "/services/" + service + "/scale";
        return idempotencyKey == null ? operator.post(path, body) : operator.post(path, body, "Idempotency-Key", idempotencyKey);
    }

    HttpResponse<String> get(String path) {
        return operator.get(path);
    }

    TenantState settled(String tenant) {
        return DemoFleet.settled(fleet, tenant);
    }

    int desiredInCluster(TenantState tenant, String service) {
        return DemoFleet.desiredInCluster(clusters, tenant, service);
    }

    @Test
    void a_scale_reaches_the_demo_cluster_is_audited_and_the_tenant_goes_red_then_green() throws Exception {
        TenantState tenant = settled("somme-colleges");
        int before = tenant.service("sso").orElseThrow().desired();

        HttpResponse<String> down = post("somme-colleges", "sso",
                "{\"replicas\": 0, \"reason\": \"drill: sso down\", \"confirm\": \"sso\", \"incident\": \"DRILL-1\"}", null);
        assertThat(down.statusCode()).as(down.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> fleet.current().tenant("somme-colleges")
                .map(t -> t.status() == Status.RED).orElse(false));

        HttpResponse<String> up = post("somme-colleges", "sso", "{\"replicas\": " + before
                + ", \"reason\": \"drill over\", \"expectedReplicas\": 0}", null);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        assertThat(json.readTree(up.body()).get("message").asString())
                .isEqualTo("sso of somme-colleges scaled from 0 to " + before + " replica(s)");
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet.current().tenant("somme-colleges")
                .map(t -> t.status() == Status.GREEN).orElse(false));
        assertThat(desiredInCluster(tenant, "sso")).isEqualTo(before);

        var records = audit.find(new AuditFilter("somme-colleges", "operator", null, null));
        assertThat(records).extracting(AuditRecord::outcome)
                .containsSubsequence(Outcome.REQUESTED, Outcome.SUCCEEDED, Outcome.REQUESTED, Outcome.SUCCEEDED);
        assertThat(records).filteredOn(r -> "DRILL-1".equals(r.incident())).hasSize(2);
    }

    @Test
    void a_scale_up_beyond_the_quota_is_refused_naming_the_resource_and_nothing_changes() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenants().stream()
                .allMatch(t -> t.quota().stream().allMatch(q -> q.used() != null)));
        OverQuota scenario = overQuotaScenario();
        TenantState tenant = scenario.tenant();

        HttpResponse<String> response = post(tenant.tenant().name(), scenario.service().spec().name(),
                "{\"replicas\": " + scenario.target() + ", \"reason\": \"surge\"}", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        String resource = scenario.room().resource().name().toLowerCase(java.util.Locale.ROOT);
        assertThat(json.readTree(response.body()).get("detail").asString()).startsWith("over quota — " + resource + ": ")
                .contains("more replica(s) of " + scenario.service().spec().name() + " need");
        assertThat(desiredInCluster(tenant, scenario.service().spec().name())).isEqualTo(scenario.service().desired());
    }

    record OverQuota(TenantState tenant, ServiceState service, QuotaHeadroom room, int target) {
    }

    /** A service whose maximum lies beyond what one quota resource has left, found in the live fleet. */
    OverQuota overQuotaScenario() {
        for (TenantState tenant : fleet.current().tenants()) {
            for (ServiceState service : tenant.services()) {
                if (service.autoscaler() != null) {
                    continue;
                }
                for (QuotaHeadroom room : QuotaCheck.headroom(tenant)) {
                    BigDecimal perReplica = QuotaCheck.perReplica(service.spec(), room.resource());
                    int extra = room.headroom().divide(perReplica, 0, java.math.RoundingMode.FLOOR).intValue() + 1;
                    if (service.desired() + extra <= service.spec().maxReplicas()) {
                        return new OverQuota(tenant, service, room, service.desired() + extra);
                    }
                }
            }
        }
        throw new AssertionError("no service of the sample fleet can be scaled beyond its quota");
    }

    @Test
    void bounds_confirmation_and_concurrent_changes_are_refused_with_their_status() throws Exception {
        TenantState tenant = settled("isere-colleges");
        ServiceState binder = tenant.service("binder").orElseThrow();

        HttpResponse<String> above = post("isere-colleges", "binder",
                "{\"replicas\": " + (binder.spec().maxReplicas() + 1) + ", \"reason\": \"x\"}", null);
        HttpResponse<String> criticalToZero = post("isere-colleges", "sso", "{\"replicas\": 0, \"reason\": \"x\"}", null);
        HttpResponse<String> stale = post("isere-colleges", "binder", "{\"replicas\": " + binder.desired()
                + ", \"reason\": \"x\", \"expectedReplicas\": " + (binder.desired() + 5) + "}", null);

        assertThat(above.statusCode()).isEqualTo(422);
        assertThat(above.body()).contains("above the maximum of " + binder.spec().maxReplicas());
        assertThat(criticalToZero.statusCode()).isEqualTo(400);
        assertThat(criticalToZero.body()).contains("sso is critical: to scale it to 0, repeat its name in field 'confirm'");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("binder is now at " + binder.desired() + " replica(s), not "
                + (binder.desired() + 5) + " as you saw; nothing was changed");
        assertThat(desiredInCluster(tenant, "binder")).isEqualTo(binder.desired());
    }

    @Test
    void every_refused_scale_is_audited_bounds_and_malformed_text_included() throws Exception {
        TenantState tenant = settled("isere-colleges");
        int max = tenant.service("messaging").orElseThrow().spec().maxReplicas();

        HttpResponse<String> above = post("isere-colleges", "messaging", "{\"replicas\": " + (max + 1)
                + ", \"reason\": \"bounds audit\"}", null);
        HttpResponse<String> control = post("isere-colleges", "messaging", "{\"replicas\": 1, "
                + "\"reason\": \"bell\\u0007 audit\"}", null);

        assertThat(above.statusCode()).isEqualTo(422);
        assertThat(control.statusCode()).isEqualTo(400);
        List<AuditRecord> refused = audit.find(new AuditFilter("isere-colleges", null, null, null)).stream()
                .filter(r -> r.outcome() == Outcome.REFUSED && "messaging".equals(r.service())).toList();
        assertThat(refused).anySatisfy(r -> assertThat(r.detail()).startsWith("OUT_OF_BOUNDS: messaging: " + (max + 1)));
        assertThat(refused).anySatisfy(r -> {
            assertThat(r.detail()).startsWith("INVALID: field 'reason' contains a control character (U+0007)");
            assertThat(r.reason()).isEqualTo("bell\uFFFD audit");
        });
    }

    @Test
    void an_autoscaled_service_gets_its_hpa_bounds_edited_instead_of_its_replicas() throws Exception {
        TenantState tenant = settled("nord-colleges");
        ServiceState portal = tenant.service("portal").orElseThrow();
        assertThat(portal.autoscaler()).isNotNull();
        int min = portal.autoscaler().minReplicas() + 1;

        HttpResponse<String> response = post("nord-colleges", "portal", "{\"replicas\": " + min
                + ", \"reason\": \"raise the floor before 07:45\"}", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("message").asString()).startsWith("portal is autoscaled: its HPA now keeps " + min);
        KubernetesClient client = clusters.client(tenant.tenant().cluster()).orElseThrow();
        assertThat(client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(tenant.tenant().namespace())
                .withName("portal").get().getSpec().getMinReplicas()).isEqualTo(min);
    }

    @Test
    void a_retried_request_with_the_same_idempotency_key_scales_once() throws Exception {
        TenantState tenant = settled("gironde-colleges");
        int target = tenant.service("binder").orElseThrow().desired() + 1;
        String key = UUID.randomUUID().toString();
        String body = "{\"replicas\": " + target + ", \"reason\": \"retry test\"}";

        HttpResponse<String> first = post("gironde-colleges", "binder", body, key);
        HttpResponse<String> second = post("gironde-colleges", "binder", body, key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json.readTree(second.body()).get("correlationId").asString())
                .isEqualTo(json.readTree(first.body()).get("correlationId").asString());
        assertThat(json.readTree(second.body()).get("message").asString()).startsWith("already done for this Idempotency-Key");
        assertThat(audit.find(new AuditFilter("gironde-colleges", null, null, null)))
                .filteredOn(r -> key.equals(r.idempotencyKey())).hasSize(1);
    }

    @Test
    void every_malformed_request_gets_a_precise_problem() throws Exception {
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("{not json", new String[] {"400", "the body is not valid JSON"});
        cases.put("[1, 2]", new String[] {"400", "the body must be a JSON object"});
        cases.put("{\"replicas\": 3, \"reason\": \"x\", \"colour\": \"red\"}", new String[] {"400", "field 'colour'"});
        cases.put("{\"replicas\": \"two\", \"reason\": \"x\"}", new String[] {"400", "field 'replicas': value \"two\" is not allowed; expected a whole number"});
        cases.put("{\"replicas\": 2.5, \"reason\": \"x\"}", new String[] {"400", "field 'replicas'"});
        cases.put("{\"replicas\": 3}", new String[] {"400", "field 'reason' is required"});
        cases.put("{\"replicas\": 3, \"reason\": \"   \"}", new String[] {"400", "field 'reason' is required"});
        cases.put("{\"replicas\": 3, \"reason\": 42}", new String[] {"400", "field 'reason': value 42 is not allowed; expected a string"});
        cases.put("{\"reason\": \"x\"}", new String[] {"400", "field 'replicas' is required"});
        cases.put("{\"replicas\": -1, \"reason\": \"x\"}", new String[] {"422", "below 0"});
        for (var entry : cases.entrySet()) {
            HttpResponse<String> response = post("somme-colleges", "binder", entry.getKey(), null);
            assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(Integer.parseInt(entry.getValue()[0]));
            assertThat(response.headers().firstValue("Content-Type")).as(entry.getKey()).hasValue("application/problem+json");
            assertThat(json.readTree(response.body()).get("detail").asString()).as(entry.getKey()).contains(entry.getValue()[1]);
        }
        assertThat(post("atlantide", "sso", "{\"replicas\": 1, \"reason\": \"x\"}", null).statusCode()).isEqualTo(404);
        assertThat(post("somme-colleges", "teleport", "{\"replicas\": 1, \"reason\": \"x\"}", null).body())
                .contains("has no service named 'teleport'");
        assertThat(post("somme-colleges", "binder", "{\"replicas\": 1, \"reason\": \"x\"}", "k".repeat(201)).statusCode())
                .isEqualTo(400);
    }

    @Test
    void tenants_audit_and_verify_are_served_as_json() throws Exception {
        settled("ara-lycees");
        JsonNode tenants = json.readTree(get("/api/v1/tenants").body());
        JsonNode ara = json.readTree(get("/api/v1/tenants/ara-lycees").body());
        HttpResponse<String> unknown = get("/api/v1/tenants/atlantide");
        HttpResponse<String> badFrom = get("/api/v1/audit?from=yesterday");

        assertThat(tenants.size()).isEqualTo(fleet.current().tenants().size());
        assertThat(ara.propertyNames()).containsExactly("name", "displayName", "region", "status", "services", "quota");
        assertThat(ara.get("services").get(0).propertyNames())
                .contains("name", "priority", "desired", "ready", "minReplicas", "maxReplicas");
        assertThat(ara.get("services").findValues("hpa")).anyMatch(JsonNode::isObject);
        assertThat(ara.get("quota").get(0).propertyNames()).containsExactly("resource", "contract", "hard", "used", "headroom");
        assertThat(new BigDecimal(ara.get("quota").get(0).get("headroom").asString())).isPositive();
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(badFrom.statusCode()).isEqualTo(400);
        assertThat(badFrom.body()).contains("field 'from': value \\\"yesterday\\\" is not allowed");
        JsonNode verify = json.readTree(get("/api/v1/audit/verify").body());
        assertThat(verify.get("ok").asBoolean()).isTrue();
        assertThat(json.readTree(get("/api/v1/audit?actor=operator").body()).isArray()).isTrue();
    }
}
