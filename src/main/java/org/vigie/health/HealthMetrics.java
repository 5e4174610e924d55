package org.vigie.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges following every snapshot: status as a number (0 green, 1 amber, 2 red,
 * 3 grey) per region, tenant and service, replicas per service, quota used ratio per resource.
 */
@Component
class HealthMetrics {

    private final MultiGauge regionStatus;
    private final MultiGauge tenantStatus;
    private final MultiGauge serviceStatus;
    private final MultiGauge desiredReplicas;
    private final MultiGauge readyReplicas;
    private final MultiGauge quotaUsedRatio;

    HealthMetrics(MeterRegistry meters, FleetSnapshotPublisher publisher) {
        regionStatus = gauge(meters, "vigie.region.status", "Worst status of the region's tenants (0 green, 1 amber, 2 red, 3 grey)");
        tenantStatus = gauge(meters, "vigie.tenant.status", "Tenant status (0 green, 1 amber, 2 red, 3 grey)");
        serviceStatus = gauge(meters, "vigie.service.status", "Service status (0 green, 1 amber, 2 red, 3 grey)");
        desiredReplicas = gauge(meters, "vigie.service.replicas.desired", "Replicas the service's Deployment asks for");
        readyReplicas = gauge(meters, "vigie.service.replicas.ready", "Ready replicas of the service's Deployment");
        quotaUsedRatio = gauge(meters, "vigie.tenant.quota.used.ratio", "Used / hard of the tenant's namespace quota");
        publisher.subscribe(this::update);
    }

    private static MultiGauge gauge(MeterRegistry meters, String name, String description) {
        return MultiGauge.builder(name).description(description).register(meters);
    }

    void update(FleetSnapshot snapshot) {
        List<Row<?>> regions = new ArrayList<>();
        List<Row<?>> tenants = new ArrayList<>();
        List<Row<?>> services = new ArrayList<>();
        List<Row<?>> desired = new ArrayList<>();
        List<Row<?>> ready = new ArrayList<>();
        List<Row<?>> quota = new ArrayList<>();
        // Gauges hold their state weakly: every row points at an object of the snapshot, which the
        // publisher keeps until the next one replaces it and these rows.
        snapshot.byRegion().keySet().forEach(region -> regions.add(
                Row.of(Tags.of("region", region), snapshot, s -> s.regionStatus(region).metricValue())));
        for (TenantState state : snapshot.tenants()) {
            Tags tenant = Tags.of("tenant", state.tenant().name(), "region", state.tenant().region());
            tenants.add(Row.of(tenant, state, s -> s.status().metricValue()));
            for (ServiceState service : state.services()) {
                Tags tags = tenant.and("service", service.spec().name());
                state.health().service(service.spec().name())
                        .ifPresent(h -> services.add(Row.of(tags, h, health -> health.status().metricValue())));
                desired.add(Row.of(tags, service, ServiceState::desired));
                ready.add(Row.of(tags, service, ServiceState::ready));
            }
            for (QuotaUsage usage : state.quota()) {
                if (usage.usedRatio().isPresent()) {
                    quota.add(Row.of(tenant.and("resource", usage.resource().name().toLowerCase(Locale.ROOT)),
                            usage, u -> u.usedRatio().orElse(Double.NaN)));
                }
            }
        }
        regionStatus.register(regions, true);
        tenantStatus.register(tenants, true);
        serviceStatus.register(services, true);
        desiredReplicas.register(desired, true);
        readyReplicas.register(ready, true);
        quotaUsedRatio.register(quota, true);
    }
}
