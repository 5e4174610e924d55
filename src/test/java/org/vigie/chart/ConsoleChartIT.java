package org.vigie.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.ApiClient;
import org.vigie.testing.HealthyEndpoints;
import org.vigie.testing.SeededTenant;

/**
 * The console, booted against one API server as in production (no demo simulator), with every
 * request that server receives recorded. Vigie's own calls — informers, heartbeats, a scale and an
 * autoscaler's bounds — are then compared with the RBAC the chart grants: each call allowed, each
 * grant used. The probes and the metrics the chart's alerts and dashboard name are checked too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A context of its own (its @DynamicPropertySource): closed after the class, not left running in the cache.
@DirtiesContext
class ConsoleChartIT {

    static final String TENANT = "chart-colleges";
    static final String NAMESPACE = "ent-chart-colleges";
    static final String CLUSTER = "lab";
    static KubernetesMockServer api;
    static HealthyEndpoints healthy;
    static final Set<String> unmapped = new TreeSet<>();

    @LocalServerPort
    int port;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    HealthEndpointGroups health;

    @DynamicPropertySource
    static void oneSeededCluster(DynamicPropertyRegistry registry) throws Exception {
        api = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
        api.init(InetAddress.getLoopbackAddress(), 0);
        healthy = new HealthyEndpoints();
        try (KubernetesClient client = ClusterConnections.clientFor(api.url("/"))) {
            SeededTenant.seed(client, TENANT, NAMESPACE);
        }
        while (api.takeRequest(10, TimeUnit.MILLISECONDS) != null) {
            // the test's own seeding is not Vigie's
        }
        Path tenants = Files.createTempDirectory("chart-tenants");
        Files.writeString(tenants.resolve(TENANT + ".yaml"), SeededTenant.file(TENANT, CLUSTER, NAMESPACE, healthy.base()));
        registry.add("vigie.clusters." + CLUSTER + ".master-url", () -> api.url("/"));
        registry.add("vigie.tenants.dir", tenants::toString);
        registry.add("vigie.cluster-api.heartbeat-interval", () -> "1s");
    }

    @AfterAll
    static void stop() {
        api.destroy();
        healthy.close();
    }

    @BeforeEach
    void settled() {
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(TENANT)
                .filter(t -> t.services().stream().allMatch(s -> s.ready() > 0) && t.probe() != null).isPresent());
    }

    @Test
    void every_call_vigie_makes_is_allowed_by_the_chart_and_every_grant_is_used() throws Exception {
        ApiClient operator = operator();
        HttpResponse<String> scaled = operator.post(scalePath("sso"), "{\"replicas\": 3, \"reason\": \"chart RBAC check\"}");
        HttpResponse<String> bounded = operator.post(scalePath("portal"), "{\"replicas\": 3, \"reason\": \"chart RBAC check\"}");
        assertThat(scaled.statusCode()).as(scaled.body()).isEqualTo(200);
        assertThat(bounded.statusCode()).as(bounded.body()).isEqualTo(200);

        Set<KubernetesCall> calls = recordedCalls();
        ChartPermissions clusterWide = ChartPermissions.of(VigieChart.render(), "vigie", VigieChart.NAMESPACE);
        ChartPermissions namespaced = ChartPermissions.of(VigieChart.renderWith(Map.of("rbac",
                Map.of("scope", "namespaced", "namespaces", List.of(NAMESPACE)))), "vigie", VigieChart.NAMESPACE);

        assertThat(unmapped).as("requests that are no resource").allMatch(p -> p.startsWith("/version") || p.equals("/api")
                || p.equals("/apis"));
        assertThat(calls).as("calls refused by the cluster-wide chart RBAC")
                .allMatch(c -> clusterWide.allows(c.apiGroup(), c.resource(), c.verb(), c.namespace()));
        assertThat(calls).as("calls refused by the namespaced chart RBAC")
                .allMatch(c -> namespaced.allows(c.apiGroup(), c.resource(), c.verb(), c.namespace()));
        assertThat(clusterWide.granted()).as("grants no call of Vigie uses (calls: %s)", calls)
                .allMatch(g -> calls.stream().anyMatch(c -> c.apiGroup().equals(g.apiGroup())
                        && c.resource().equals(g.resource()) && c.verb().equals(g.verb())));
    }

    @Test
    void readiness_includes_the_cluster_caches_and_liveness_does_not() {
        ApiClient anonymous = ApiClient.anonymous(port);

        HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");
        HttpResponse<String> liveness = anonymous.get("/actuator/health/liveness");

        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(health.get("readiness").isMember("clusterCaches")).isTrue();
        assertThat(health.get("readiness").isMember("db")).as("decision 0030").isFalse();
        assertThat(health.get("liveness").isMember("clusterCaches")).isFalse();
        assertThat(health.get("liveness").isMember("db")).isFalse();
        assertThat(health.get("liveness").isMember("livenessState")).isTrue();
    }

    @Test
    void every_metric_the_alerts_and_the_dashboard_name_is_exported() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> ApiClient.anonymous(port).get("/actuator/prometheus").body()
                .contains("vigie_audit_chain_intact 1.0"));
        String exposition = ApiClient.anonymous(port).get("/actuator/prometheus").body();
        Set<String> named = new TreeSet<>();
        for (String file : List.of("files/alerts.yaml", "files/dashboard.json")) {
            Matcher metric = Pattern.compile("\\bvigie_[a-z_]+").matcher(Files.readString(VigieChart.CHART.resolve(file)));
            while (metric.find()) {
                named.add(metric.group());
            }
        }

        assertThat(named).contains("vigie_tenant_status", "vigie_tenants_reason", "vigie_audit_chain_intact",
                "vigie_fleet_snapshot_rebuild_seconds_count");
        assertThat(named).allMatch(name -> Pattern.compile("(?m)^" + name + "[{ ]").matcher(exposition).find());
        assertThat(exposition).contains("vigie_tenants_reason{cluster=\"lab\",code=\"DATA_STALE\"} 0.0");
    }

    private ApiClient operator() {
        if (users.find("chart-operator").isEmpty()) {
            users.createLocal("chart-operator", "chart-operator-password", Set.of(Role.OPERATOR), AccessScope.EVERYWHERE);
        }
        return ApiClient.as(port, "chart-operator", users, tokens);
    }

    private static String scalePath(String service) {
        return "/api/v1/tenants/" + TENANT + "/services/" + service + "/scale";
    }

    private static Set<KubernetesCall> recordedCalls() throws InterruptedException {
        Set<KubernetesCall> calls = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        RecordedRequest request;
        while ((request = api.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
            String path = request.getPath();
            KubernetesCall.of(request.getMethod(), path).ifPresentOrElse(calls::add, () -> unmapped.add(path));
        }
        return calls;
    }
}
