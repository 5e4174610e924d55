package org.vigie.demo;

import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.platform.Problems;
import org.vigie.tenant.TenantCatalogue;

/**
 * Demo mode only: make a tenant's health URL slow or failing, for drills and demonstrations.
 * {@code PUT /api/v1/demo/tenants/{tenant}/probe-fault} with {@code {"mode": "slow", "latencyMs": 1900}}
 * or {@code {"mode": "failing", "status": 503}}; {@code DELETE} the same path to heal it.
 */
@RestController
@Conditional(DemoMode.class)
class DemoFaultController {

    private final TenantCatalogue catalogue;
    private final DemoHealthEndpoints endpoints;

    DemoFaultController(TenantCatalogue catalogue, DemoHealthEndpoints endpoints) {
        this.catalogue = catalogue;
        this.endpoints = endpoints;
    }

    record FaultRequest(String mode, Integer latencyMs, Integer status) {
    }

    @PutMapping("/api/v1/demo/tenants/{tenant}/probe-fault")
    ResponseEntity<?> set(@PathVariable String tenant, @RequestBody FaultRequest request) {
        if (catalogue.find(tenant).isEmpty()) {
            return Problems.of(HttpStatus.NOT_FOUND, "Unknown tenant", "no tenant named '" + tenant + "' in the catalogue");
        }
        ProbeFault fault;
        if ("slow".equals(request.mode())) {
            if (request.latencyMs() == null || request.latencyMs() < 1 || request.latencyMs() > 60_000) {
                return invalid("latencyMs", request.latencyMs(), "a whole number of milliseconds from 1 to 60000");
            }
            fault = ProbeFault.slow(request.latencyMs());
        } else if ("failing".equals(request.mode())) {
            if (request.status() == null || request.status() < 400 || request.status() > 599) {
                return invalid("status", request.status(), "an HTTP error status from 400 to 599");
            }
            fault = ProbeFault.failing(request.status());
        } else {
            return invalid("mode", request.mode(), "\"slow\" or \"failing\"");
        }
        endpoints.setFault(tenant, fault);
        return ResponseEntity.ok(Map.of("tenant", tenant, "fault", fault));
    }

    @DeleteMapping("/api/v1/demo/tenants/{tenant}/probe-fault")
    ResponseEntity<?> clear(@PathVariable String tenant) {
        if (catalogue.find(tenant).isEmpty()) {
            return Problems.of(HttpStatus.NOT_FOUND, "Unknown tenant", "no tenant named '" + tenant + "' in the catalogue");
        }
        endpoints.clearFault(tenant);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> invalid(String field, Object value, String allowed) {
        return Problems.invalidField("Invalid probe fault", field, value, allowed);
    }
}
