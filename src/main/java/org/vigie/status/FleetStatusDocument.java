package org.vigie.status;

import java.time.Instant;
import java.util.List;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.Reason;
import org.vigie.health.ServiceHealth;
import org.vigie.health.ServiceState;
import org.vigie.health.TenantState;

/** The JSON body of {@code GET /api/v1/status}. */
record FleetStatusDocument(Instant generatedAt, List<TenantStatus> tenants) {

    record TenantStatus(String name, String displayName, String region, String status, List<ReasonJson> reasons,
            List<ServiceStatus> services) {
    }

    record ServiceStatus(String name, String status, int desired, int ready, List<ReasonJson> reasons) {
    }

    record ReasonJson(String code, String message) {
    }

    static FleetStatusDocument of(FleetSnapshot snapshot) {
        return new FleetStatusDocument(snapshot.generatedAt(),
                snapshot.tenants().stream().map(FleetStatusDocument::tenant).toList());
    }

    private static TenantStatus tenant(TenantState state) {
        List<ServiceStatus> services = state.services().stream().map(s -> service(s,
                state.health().service(s.spec().name()).orElseThrow())).toList();
        return new TenantStatus(state.tenant().name(), state.tenant().displayName(), state.tenant().region(),
                state.status().name(), reasons(state.health().reasons()), services);
    }

    private static ServiceStatus service(ServiceState state, ServiceHealth health) {
        return new ServiceStatus(state.spec().name(), health.status().name(), state.desired(), state.ready(),
                reasons(health.reasons()));
    }

    private static List<ReasonJson> reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> new ReasonJson(r.code().name(), r.message())).toList();
    }
}
