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
import org.vigie.cluster.ClusterWatchers;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.ReasonCode;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.ApiClient;

/**
 * Issue #10: a cluster whose API server stops answering while its connections stay open (packets
 * dropped) turns its tenants grey within the staleness limit, and scaling there fails at once.
 */
@QuickFaultDetection
class ClusterSilenceIT {

    static final String CLUSTER = "plaque-bordeaux";
    static final Duration STALENESS_LIMIT = Duration.ofSeconds(8);

    @LocalServerPort
    int port;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterWatchers watchers;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    ApiClient operator() {
        return ApiClient.as(port, "operator", users, tokens);
    }

    List<TenantState> tenantsOfTheCluster() {
        return fleet.current().tenants().stream().filter(t -> t.tenant().cluster().equals(CLUSTER)).toList();
    }

    @AfterEach
    void heal() {
        operator().delete("/api/v1/demo/clusters/" + CLUSTER + "/silence");
        await().atMost(Duration.ofSeconds(60)).until(() -> tenantsOfTheCluster().stream()
                .noneMatch(t -> t.status() == Status.GREY));
    }

    @Test
    void a_silent_cluster_turns_its_tenants_grey_within_the_staleness_limit_and_refuses_scaling_at_once() {
        await().atMost(Duration.ofSeconds(60)).until(() -> !tenantsOfTheCluster().isEmpty()
                && tenantsOfTheCluster().stream().noneMatch(t -> t.status() == Status.GREY));
        Instant silenced = Instant.now();

        HttpResponse<String> silence = operator().put("/api/v1/demo/clusters/" + CLUSTER + "/silence", "");

        assertThat(silence.statusCode()).as(silence.body()).isEqualTo(200);
        await().atMost(STALENESS_LIMIT.plusSeconds(3)).until(() -> tenantsOfTheCluster().stream()
                .allMatch(t -> t.status() == Status.GREY && t.health().reasons().stream()
                        .anyMatch(r -> r.code() == ReasonCode.DATA_STALE && r.key().equals("clusterSilent"))));
        assertThat(Duration.between(silenced, Instant.now())).isLessThanOrEqualTo(STALENESS_LIMIT.plusSeconds(3));
        assertThat(watchers.silence(CLUSTER)).isPresent();

        TenantState tenant = tenantsOfTheCluster().getFirst();
        String service = tenant.services().getFirst().spec().name();
        HttpResponse<String> scale = operator().post("/api/v1/tenants/" + tenant.tenant().name() + "/services/"
                + service + "/scale", "{\"replicas\": 3, \"reason\": \"during the stall\"}");

        assertThat(scale.statusCode()).as(scale.body()).isEqualTo(503);
        assertThat(scale.body()).contains("cluster " + CLUSTER + " has not answered for")
                .contains("nothing was changed");
    }

    @Test
    void an_unknown_cluster_cannot_be_silenced() {
        HttpResponse<String> silence = operator().put("/api/v1/demo/clusters/nowhere/silence", "");

        assertThat(silence.statusCode()).isEqualTo(404);
        assertThat(silence.body()).contains("no demo cluster named 'nowhere'").contains(CLUSTER);
    }
}
