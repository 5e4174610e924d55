package org.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.cluster.ClusterConnections;
import org.vigie.cluster.ClusterWatchers;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.ReasonCode;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.ApiClient;
import org.vigie.testing.DemoFleet;

/**
 * Issue #15, failing safe: a cluster whose API server goes down turns its tenants grey
 * ({@code CLUSTER_UNAVAILABLE}) and recovers without a restart; a watch that stops delivering events
 * while the API server answers is found and its informers restarted.
 */
@QuickFaultDetection
class ClusterFaultIT {

    static final String CLUSTER = ClusterSilenceIT.CLUSTER;
    static final String FAULT = "/api/v1/demo/clusters/" + CLUSTER + "/fault";

    @LocalServerPort
    int port;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterWatchers watchers;

    @Autowired
    ClusterConnections connections;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    ApiClient operator() {
        return ApiClient.as(port, "operator", users, tokens);
    }

    List<TenantState> tenants(boolean ofTheCluster) {
        return fleet.current().tenants().stream()
                .filter(t -> t.tenant().cluster().equals(CLUSTER) == ofTheCluster).toList();
    }

    boolean clusterSettled() {
        return !tenants(true).isEmpty() && tenants(true).stream().noneMatch(t -> t.status() == Status.GREY);
    }

    static boolean clusterReason(TenantState tenant, ReasonCode code) {
        return tenant.health().reasons().stream().anyMatch(r -> r.code() == code);
    }

    @AfterEach
    void heal() {
        operator().delete(FAULT);
        await().atMost(Duration.ofSeconds(60)).until(this::clusterSettled);
    }

    @Test
    void a_cluster_that_goes_down_turns_its_tenants_grey_and_comes_back_without_a_restart() {
        await().atMost(Duration.ofSeconds(60)).until(this::clusterSettled);
        List<String> elsewhere = tenants(false).stream().map(t -> t.tenant().name()).toList();
        Instant down = Instant.now();

        HttpResponse<String> fault = operator().put(FAULT, "{\"mode\": \"down\"}");

        assertThat(fault.statusCode()).as(fault.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants(true).stream().allMatch(t ->
                t.status() == Status.GREY && clusterReason(t, ReasonCode.CLUSTER_UNAVAILABLE)));
        Duration toGrey = Duration.between(down, Instant.now());
        assertThat(tenants(false)).extracting(t -> t.tenant().name()).containsExactlyInAnyOrderElementsOf(elsewhere);
        assertThat(tenants(false)).noneMatch(t -> t.health().reasons().stream()
                .anyMatch(r -> r.key().startsWith("cluster")));

        Instant back = Instant.now();
        assertThat(operator().delete(FAULT).statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).until(this::clusterSettled);
        Duration toGreen = Duration.between(back, Instant.now());
        System.out.printf("BENCHMARK cluster-down: down->GREY %d ms, back->not GREY %d ms%n", toGrey.toMillis(),
                toGreen.toMillis());
    }

    @Test
    void a_watch_that_stops_delivering_events_is_found_and_its_informers_restarted() {
        TenantState tenant = DemoFleet.settled(fleet, tenants(true).getFirst().tenant().name());
        String service = tenant.services().getFirst().spec().name();
        int restartsBefore = watchers.restarts(CLUSTER);
        assertThat(operator().put(FAULT, "{\"mode\": \"stalled\"}").statusCode()).isEqualTo(200);
        Instant stalled = Instant.now();

        String changed = connections.client(CLUSTER).orElseThrow().apps().deployments()
                .inNamespace(tenant.tenant().namespace()).withName(service)
                .edit(d -> {
                    d.getMetadata().getAnnotations().put("vigie.test/drill", stalled.toString());
                    return d;
                }).getMetadata().getResourceVersion();

        await().atMost(Duration.ofSeconds(30)).until(() -> watchers.restarts(CLUSTER) > restartsBefore);
        await().atMost(Duration.ofSeconds(30)).until(() -> watchers.cache(CLUSTER).orElseThrow()
                .deployments(tenant.tenant().name()).stream()
                .anyMatch(d -> d.getMetadata().getName().equals(service)
                        && Long.parseLong(d.getMetadata().getResourceVersion()) >= Long.parseLong(changed)));
        System.out.printf("BENCHMARK watch-stall: stalled watch restarted after %d ms%n",
                Duration.between(stalled, Instant.now()).toMillis());
        await().atMost(Duration.ofSeconds(30)).until(this::clusterSettled);
    }

    @Test
    void a_fault_mode_other_than_down_or_stalled_is_refused_naming_the_field() {
        HttpResponse<String> refused = operator().put(FAULT, "{\"mode\": \"exploded\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("field 'mode'").contains("exploded").contains("down").contains("stalled");
        for (String body : List.of("{}", "null", "{\"mode\": null}", "{\"mode\": \"DOWN\"}", "{\"mode\": 1}")) {
            HttpResponse<String> response = operator().put(FAULT, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).contains("mode");
        }
    }

    @Test
    void an_unknown_cluster_cannot_be_faulted() {
        HttpResponse<String> refused = operator().put("/api/v1/demo/clusters/nowhere/fault", "{\"mode\": \"down\"}");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("no demo cluster named 'nowhere'").contains(CLUSTER);
    }
}
