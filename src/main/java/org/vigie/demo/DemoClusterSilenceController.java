package org.vigie.demo;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.platform.Problems;

/**
 * Demo mode only: cluster drills. {@code PUT /api/v1/demo/clusters/{cluster}/silence} drops every
 * packet between the console and that cluster's API server while keeping connections open.
 * {@code PUT /api/v1/demo/clusters/{cluster}/fault} with {@code {"mode": "down"}} makes the API
 * server refuse connections, with {@code {"mode": "stalled"}} it answers requests but sends no watch
 * events. {@code DELETE} on either path heals the cluster.
 */
@RestController
@Conditional(DemoMode.class)
class DemoClusterSilenceController {

    private static final Map<String, SilenceableProxy.Fault> MODES = Map.of("down", SilenceableProxy.Fault.DOWN,
            "stalled", SilenceableProxy.Fault.STALLED);

    private final DemoClusters clusters;

    DemoClusterSilenceController(DemoClusters clusters) {
        this.clusters = clusters;
    }

    record FaultRequest(String mode) {
    }

    @PutMapping("/api/v1/demo/clusters/{cluster}/silence")
    ResponseEntity<?> silence(@PathVariable String cluster) {
        return onRelay(cluster, relay -> {
            relay.silence();
            return ResponseEntity.ok(Map.of("cluster", cluster, "silent", true));
        });
    }

    @DeleteMapping("/api/v1/demo/clusters/{cluster}/silence")
    ResponseEntity<?> heal(@PathVariable String cluster) {
        return onRelay(cluster, relay -> {
            relay.heal();
            return ResponseEntity.noContent().build();
        });
    }

    @PutMapping("/api/v1/demo/clusters/{cluster}/fault")
    ResponseEntity<?> fault(@PathVariable String cluster, @RequestBody(required = false) FaultRequest request) {
        String mode = request == null ? null : request.mode();
        return onRelay(cluster, relay -> {
            SilenceableProxy.Fault fault = mode == null ? null : MODES.get(mode);
            if (fault == null) {
                return Problems.invalidField("Invalid cluster fault", "mode", mode, "\"down\" or \"stalled\"");
            }
            relay.inject(fault);
            return ResponseEntity.ok(Map.of("cluster", cluster, "mode", fault.name().toLowerCase(Locale.ROOT)));
        });
    }

    @DeleteMapping("/api/v1/demo/clusters/{cluster}/fault")
    ResponseEntity<?> clearFault(@PathVariable String cluster) {
        return heal(cluster);
    }

    private ResponseEntity<?> onRelay(String cluster, Function<SilenceableProxy, ResponseEntity<?>> action) {
        return clusters.relay(cluster).<ResponseEntity<?>>map(action).orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND,
                "Unknown cluster", "no demo cluster named '" + cluster + "'; demo clusters: "
                        + String.join(", ", clusters.urls().keySet())));
    }
}
