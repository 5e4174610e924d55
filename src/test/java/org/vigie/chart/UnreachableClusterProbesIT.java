package org.vigie.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.testing.ApiClient;

/**
 * A watched cluster whose API server refuses connections from the start: the replica is alive
 * (Kubernetes must not restart it) but not ready while the first sync is awaited, within the grace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A context of its own (its @DynamicPropertySource): closed after the class, not left running in the cache.
@DirtiesContext
class UnreachableClusterProbesIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void aClusterNobodyAnswers(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        registry.add("vigie.clusters.gone.master-url", () -> "http://127.0.0.1:" + closed + "/");
        registry.add("vigie.cluster-api.readiness-grace", () -> "1h");
    }

    @Test
    void a_cluster_that_never_answers_keeps_the_replica_alive_but_not_ready() {
        ApiClient anonymous = ApiClient.anonymous(port);

        HttpResponse<String> liveness = anonymous.get("/actuator/health/liveness");
        HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");

        assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(readiness.body()).contains("OUT_OF_SERVICE");
    }
}
