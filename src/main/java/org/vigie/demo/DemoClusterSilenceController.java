package org.vigie.demo;

import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.platform.Problems;

/**
 * Demo mode only: the "cluster goes silent" drill. {@code PUT /api/v1/demo/clusters/{cluster}/silence}
 * drops every packet between the console and that cluster's API server while keeping connections
 * open; {@code DELETE} the same path heals it. Its tenants turn grey within the staleness limit.
 */
@RestController
@Conditional(DemoMode.class)
class DemoClusterSilenceController {

    private final DemoClusters clusters;

    DemoClusterSilenceController(DemoClusters clusters) {
        this.clusters = clusters;
    }

    @PutMapping("/api/v1/demo/clusters/{cluster}/silence")
    ResponseEntity<?> silence(@PathVariable String cluster) {
        return clusters.relay(cluster).<ResponseEntity<?>>map(relay -> {
            relay.silence();
            return ResponseEntity.ok(Map.of("cluster", cluster, "silent", true));
        }).orElseGet(() -> unknown(cluster));
    }

    @DeleteMapping("/api/v1/demo/clusters/{cluster}/silence")
    ResponseEntity<?> heal(@PathVariable String cluster) {
        return clusters.relay(cluster).<ResponseEntity<?>>map(relay -> {
            relay.heal();
            return ResponseEntity.noContent().build();
        }).orElseGet(() -> unknown(cluster));
    }

    private ResponseEntity<?> unknown(String cluster) {
        return Problems.of(HttpStatus.NOT_FOUND, "Unknown cluster", "no demo cluster named '" + cluster
                + "'; demo clusters: " + String.join(", ", clusters.urls().keySet()));
    }
}
