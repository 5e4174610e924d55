package org.vigie.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.vigie.health.TenantState;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.ApiClient;
import org.vigie.testing.DemoFleet;

/** Issue #10: concurrent scales, retries with an Idempotency-Key, bodies that are not plain JSON objects. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScaleUnderPressureIT {

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

    ApiClient operator;

    @BeforeEach
    void signIn() {
        operator = ApiClient.as(port, "operator", users, tokens);
    }

    static String path(String tenant, String service) {
        return "/api/v1/tenants/" + tenant + "/services/" + service + "/scale";
    }

    TenantState settled(String tenant) {
        return DemoFleet.settled(fleet, tenant);
    }

    int desiredInCluster(TenantState tenant, String service) {
        return DemoFleet.desiredInCluster(clusters, tenant, service);
    }

    @Test
    void of_eight_concurrent_scales_expecting_the_same_count_exactly_one_wins_and_its_audit_says_what_it_replaced()
            throws Exception {
        TenantState tenant = settled("seine-et-marne-colleges");
        int seen = tenant.service("messaging").orElseThrow().desired();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int target = seen + 1 + i;
            answers.add(pool.submit(() -> {
                start.await();
                return operator.post(path("seine-et-marne-colleges", "messaging"), "{\"replicas\": " + target
                        + ", \"reason\": \"race " + target + "\", \"expectedReplicas\": " + seen + "}");
            }));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409).hasSize(7)
                .allSatisfy(r -> assertThat(r.body()).contains("messaging is now at"));
        List<AuditRecord> succeeded = audit.find(new AuditFilter("seine-et-marne-colleges", null, null, null)).stream()
                .filter(r -> r.outcome() == Outcome.SUCCEEDED && "messaging".equals(r.service())
                        && r.reason() != null && r.reason().startsWith("race "))
                .toList();
        assertThat(succeeded).hasSize(1);
        assertThat(succeeded.getFirst().fromReplicas()).isEqualTo(seen);
        assertThat(desiredInCluster(tenant, "messaging")).isEqualTo(succeeded.getFirst().toReplicas());
    }

    @Test
    void an_idempotency_key_replays_only_the_same_request_of_the_same_caller() throws Exception {
        TenantState tenant = settled("val-d-oise-colleges");
        int target = tenant.service("binder").orElseThrow().desired() + 1;
        String key = UUID.randomUUID().toString();
        String body = "{\"replicas\": " + target + ", \"reason\": \"idempotency\"}";
        users.createLocal("op-other", "a-long-enough-password", EnumSet.of(Role.OPERATOR), AccessScope.EVERYWHERE);
        users.createLocal("op-hdf-only", "a-long-enough-password", EnumSet.of(Role.OPERATOR),
                new AccessScope(Set.of("hauts-de-france"), Set.of()));
        ApiClient other = ApiClient.as(port, "op-other", users, tokens);
        ApiClient outOfScope = ApiClient.as(port, "op-hdf-only", users, tokens);
        String path = path("val-d-oise-colleges", "binder");

        HttpResponse<String> first = operator.post(path, body, "Idempotency-Key", key);
        HttpResponse<String> sameAgain = operator.post(path, body, "Idempotency-Key", key);
        HttpResponse<String> differentBody = operator.post(path, "{\"replicas\": " + (target + 1)
                + ", \"reason\": \"idempotency\"}", "Idempotency-Key", key);
        HttpResponse<String> differentService = operator.post(path("val-d-oise-colleges", "chat"),
                "{\"replicas\": 1, \"reason\": \"idempotency\"}", "Idempotency-Key", key);
        HttpResponse<String> anotherCaller = other.post(path, body, "Idempotency-Key", key);
        HttpResponse<String> outsideScope = outOfScope.post(path, body, "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(sameAgain.statusCode()).isEqualTo(200);
        assertThat(sameAgain.body()).contains("already done for this Idempotency-Key");
        assertThat(differentBody.statusCode()).as(differentBody.body()).isEqualTo(422);
        assertThat(differentBody.body()).contains("Idempotency-Key").contains("another request");
        assertThat(differentService.statusCode()).isEqualTo(422);
        assertThat(anotherCaller.statusCode()).isEqualTo(422);
        assertThat(anotherCaller.body()).doesNotContain("idempotency\"").doesNotContain("operator");
        assertThat(outsideScope.statusCode()).isEqualTo(403);
        assertThat(outsideScope.body()).doesNotContain("already done");
        assertThat(audit.find(new AuditFilter(null, "op-hdf-only", null, null)))
                .anySatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.DENIED));
        assertThat(desiredInCluster(tenant, "binder")).isEqualTo(target);
    }

    @Test
    void a_body_not_sent_as_json_or_with_a_duplicate_key_is_refused_and_changes_nothing() throws Exception {
        TenantState tenant = settled("haute-vienne-colleges");
        int before = desiredInCluster(tenant, "binder");
        String path = path("haute-vienne-colleges", "binder");
        String body = "{\"replicas\": " + (before + 1) + ", \"reason\": \"typed\"}";

        HttpResponse<String> plain = operator.postTyped(path, body, "text/plain");
        HttpResponse<String> untyped = operator.postTyped(path, body, null);
        HttpResponse<String> duplicate = operator.post(path, "{\"replicas\": " + (before + 1)
                + ", \"replicas\": " + (before + 2) + ", \"reason\": \"dup\"}");
        HttpResponse<String> controlCharacters = operator.post(path, "{\"replicas\": " + (before + 1)
                + ", \"reason\": \"line\\u0000break\\u001b[31m\"}");
        HttpResponse<String> controlInIncident = operator.post(path, "{\"replicas\": " + (before + 1)
                + ", \"reason\": \"ok\", \"incident\": \"INC\\r\\n42\"}");
        HttpResponse<String> tabInKey = operator.post(path, body, "Idempotency-Key", "a\tb");

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.body()).contains("application/json");
        assertThat(untyped.statusCode()).isEqualTo(415);
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("replicas").contains("more than once");
        assertThat(controlCharacters.statusCode()).isEqualTo(400);
        assertThat(controlCharacters.body()).contains("reason").contains("control character");
        assertThat(controlInIncident.statusCode()).isEqualTo(400);
        assertThat(controlInIncident.body()).contains("incident");
        assertThat(tabInKey.statusCode()).isEqualTo(400);
        assertThat(tabInKey.body()).contains("Idempotency-Key").contains("visible ASCII");
        assertThat(desiredInCluster(tenant, "binder")).isEqualTo(before);
    }

    @Test
    void an_autoscaled_service_checks_the_expected_minimum_and_a_key_first_refused_stays_bound_to_its_request()
            throws Exception {
        TenantState tenant = settled("hdf-lycees");
        String portal = path("hdf-lycees", "portal");
        int min = tenant.service("portal").orElseThrow().autoscaler().minReplicas();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> stale = operator.post(portal, "{\"replicas\": " + (min + 1) + ", \"reason\": \"floor\", "
                + "\"expectedReplicas\": " + (min + 5) + "}", "Idempotency-Key", key);
        HttpResponse<String> corrected = operator.post(portal, "{\"replicas\": " + (min + 1) + ", \"reason\": \"floor\", "
                + "\"expectedReplicas\": " + min + ", \"incident\": \"INC-9\"}", "Idempotency-Key", key);
        HttpResponse<String> retried = operator.post(portal, "{\"replicas\": " + (min + 1) + ", \"reason\": \"floor\", "
                + "\"expectedReplicas\": " + (min + 5) + "}", "Idempotency-Key", key);

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("portal is now at " + min);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(422);
        assertThat(retried.statusCode()).isEqualTo(409);
        assertThat(retried.body()).contains("already refused for this Idempotency-Key");
        assertThat(clusters.client(tenant.tenant().cluster()).orElseThrow().autoscaling().v2()
                .horizontalPodAutoscalers().inNamespace(tenant.tenant().namespace()).withName("portal").get()
                .getSpec().getMinReplicas()).isEqualTo(min);
    }

    @Test
    void an_oversized_body_and_a_filter_with_a_nul_are_refused_as_requests_not_as_outages() {
        String huge = "{\"replicas\": 1, \"reason\": \"" + "x".repeat(100_000) + "\"}";

        HttpResponse<String> tooLarge = operator.post(path("na-lycees", "binder"), huge);
        HttpResponse<String> nul = operator.get("/api/v1/audit?tenant=%00");

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("at most 65536");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("tenant");
        assertThat(audit.find(new AuditFilter("na-lycees", null, null, null)))
                .noneSatisfy(r -> assertThat(r.reason()).startsWith("xxxxxxxxxx"));
    }
}
