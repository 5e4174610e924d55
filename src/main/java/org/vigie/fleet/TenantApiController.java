package org.vigie.fleet;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.platform.Problems;

/** Tenants with their services, replicas, HPA and quota headroom, from the in-memory snapshot. */
@RestController
class TenantApiController {

    private final FleetSnapshotPublisher fleet;

    TenantApiController(FleetSnapshotPublisher fleet) {
        this.fleet = fleet;
    }

    @GetMapping("/api/v1/tenants")
    List<TenantDocument> tenants() {
        return fleet.current().tenants().stream().map(TenantDocument::of).toList();
    }

    @GetMapping("/api/v1/tenants/{tenant}")
    ResponseEntity<?> tenant(@PathVariable String tenant) {
        return fleet.current().tenant(tenant).<ResponseEntity<?>>map(t -> ResponseEntity.ok(TenantDocument.of(t)))
                .orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND, "Unknown tenant",
                        "no tenant named '" + tenant + "' in the catalogue"));
    }
}
