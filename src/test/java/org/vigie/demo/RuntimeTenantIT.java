package org.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.ProbeTargets;
import org.vigie.health.Status;
import org.vigie.onboarding.TenantChart;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.tenant.TenantDocuments;
import org.vigie.testing.TenantDirectories;

/**
 * A tenant that did not exist when the demo started: its chart's objects are created in the embedded
 * cluster, then it joins the catalogue. The demo's controllers bring its Deployments up, its health URL
 * answers, and it turns green like the tenants seeded at start-up. Probed every 2 s (10 s by default): its
 * first probe comes sooner.
 */
@SpringBootTest(properties = "vigie.health.probe-interval=2s")
// A context of its own (its @DynamicPropertySource): closed after the class, not left running in the cache.
@DirtiesContext
class RuntimeTenantIT {

    static final Path EXAMPLE = Path.of("docs/examples/loire-colleges.yaml");
    static final Path TENANTS = TenantDirectories.copyOfTheSamples();

    @DynamicPropertySource
    static void tenantsDirectory(DynamicPropertyRegistry registry) {
        registry.add("vigie.tenants.dir", TENANTS::toString);
    }

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    TenantChart chart;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ProbeTargets probes;

    @Test
    void a_tenant_created_at_run_time_comes_up_and_turns_green() throws Exception {
        Tenant loire = TenantDocuments.parse(EXAMPLE.toString(), Files.readString(EXAMPLE)).found().orElseThrow();
        assertThat(catalogue.find(loire.name())).isEmpty();
        KubernetesClient client = clusters.client(loire.cluster()).orElseThrow();
        chart.render(loire).stream().sorted(Comparator.comparing(o -> o instanceof Namespace ? 0 : 1))
                .forEach(object -> client.resource(object).create());

        Files.copy(EXAMPLE, TENANTS.resolve(EXAMPLE.getFileName()));
        catalogue.reload();

        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(loire.name())
                .map(t -> t.status() == Status.GREEN).orElse(false));
        assertThat(fleet.current().tenant(loire.name()).orElseThrow().services())
                .allSatisfy(s -> assertThat(s.ready()).isEqualTo(s.desired()).isEqualTo(s.spec().minReplicas()));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(probes.target(loire)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }
}
