package org.vigie.fleet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.vigie.health.ServiceState;
import org.vigie.health.TenantState;
import org.vigie.quota.QuotaCheck;
import org.vigie.quota.QuotaHeadroom;

/** The JSON of {@code GET /api/v1/tenants[/{tenant}]}. */
record TenantDocument(String name, String displayName, String region, String status, List<Service> services,
        List<Quota> quota) {

    record Service(String name, String priority, int desired, int ready, int minReplicas, int maxReplicas, Hpa hpa) {
    }

    record Hpa(int minReplicas, int maxReplicas, int currentReplicas, int desiredReplicas) {
    }

    /** Amounts in cores (cpu), bytes (memory) and pods; null when unknown. */
    record Quota(String resource, BigDecimal contract, BigDecimal hard, BigDecimal used, BigDecimal headroom) {
    }

    static TenantDocument of(TenantState state) {
        return new TenantDocument(state.tenant().name(), state.tenant().displayName(), state.tenant().region(),
                state.status().name(), state.services().stream().map(TenantDocument::service).toList(),
                QuotaCheck.headroom(state).stream().map(TenantDocument::quota).toList());
    }

    private static Service service(ServiceState s) {
        Hpa hpa = s.autoscaler() == null ? null : new Hpa(s.autoscaler().minReplicas(), s.autoscaler().maxReplicas(),
                s.autoscaler().currentReplicas(), s.autoscaler().desiredReplicas());
        return new Service(s.spec().name(), s.spec().priority().name().toLowerCase(Locale.ROOT), s.desired(), s.ready(),
                s.spec().minReplicas(), s.spec().maxReplicas(), hpa);
    }

    private static Quota quota(QuotaHeadroom room) {
        return new Quota(room.resource().name().toLowerCase(Locale.ROOT), room.contract(), room.hard(), room.used(),
                room.headroom());
    }
}
