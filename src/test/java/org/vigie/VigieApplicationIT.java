package org.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.history.StatusHistory;
import org.vigie.history.StatusTransition;
import org.vigie.testing.ApiClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VigieApplicationIT {

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    StatusHistory history;

    @LocalServerPort
    int port;

    @Test
    void demo_mode_shows_every_tenant_of_the_tenants_directory_with_its_live_workloads() throws IOException {
        List<String> declared = tenantNamesIn(Path.of("tenants"));

        await().atMost(Duration.ofSeconds(60)).until(() -> allRunning(fleet.current(), declared.size()));

        FleetSnapshot snapshot = fleet.current();
        assertThat(snapshot.tenants()).extracting(t -> t.tenant().name()).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(snapshot.clusters().values()).allSatisfy(c -> assertThat(c.synced()).isTrue());
        for (TenantState tenant : snapshot.tenants()) {
            assertThat(tenant.quota()).allSatisfy(q -> assertThat(q.hard()).isNotNull());
            assertThat(tenant.sessions()).isNotNull();
        }
    }

    @Test
    void every_status_change_of_every_tenant_is_recorded_in_postgresql() throws IOException {
        int declared = tenantNamesIn(Path.of("tenants")).size();
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenants().size() == declared
                && fleet.current().tenants().stream().allMatch(t -> t.status() != Status.GREY));
        FleetSnapshot snapshot = fleet.current();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (TenantState tenant : snapshot.tenants()) {
                List<StatusTransition> recorded = history.latest(tenant.tenant().name(), 100);
                assertThat(recorded).as(tenant.tenant().name()).isNotEmpty();
                assertThat(recorded.getLast().from()).isNull();
                assertThat(recorded.getFirst().to()).isEqualTo(fleet.current().tenant(tenant.tenant().name()).orElseThrow().status());
            }
        });
        // Demo mode starts with a simulated past month (DemoHistoryWriter): the last 24 h are known.
        assertThat(history.uptime("ara-lycees", Duration.ofHours(24)).unknownShare()).isLessThan(0.1);
    }

    @Test
    void the_login_page_and_the_health_endpoint_answer_without_a_session() throws Exception {
        HttpResponse<String> page = ApiClient.anonymous(port).get("/login");
        HttpResponse<String> health = ApiClient.anonymous(port).get("/actuator/health");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Vigie</title>");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private static boolean allRunning(FleetSnapshot snapshot, int expectedTenants) {
        return snapshot.tenants().size() == expectedTenants && snapshot.tenants().stream()
                .flatMap(t -> t.services().stream())
                .allMatch(s -> s.deployed() && s.ready() == s.desired() && s.pods() == s.desired());
    }

    static List<String> tenantNamesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .map(f -> f.getFileName().toString().replace(".yaml", ""))
                    .toList();
        }
    }


}
