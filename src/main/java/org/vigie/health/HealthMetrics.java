package org.vigie.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.tenant.Tenant;

/**
 * Prometheus gauges of the fleet: status as a number (0 green, 1 amber, 2 red, 3 grey) per region,
 * tenant and service, replicas per service, quota used ratio per resource. Each gauge reads the
 * current snapshot when scraped; rows are registered again only when the set of tenants and
 * services changes, not on every snapshot.
 */
@Component
class HealthMetrics {

    private final FleetSnapshotPublisher publisher;
    private final MultiGauge regionStatus;
    private final MultiGauge tenantStatus;
    private final MultiGauge serviceStatus;
    private final MultiGauge desiredReplicas;
    private final MultiGauge readyReplicas;
    private final MultiGauge quotaUsedRatio;
    private List<Tenant> registeredTenants = List.of();

    HealthMetrics(MeterRegistry meters, FleetSnapshotPublisher publisher) {
        this.publisher = publisher;
        regionStatus = gauge(meters, "vigie.region.status", "Worst status of the region's tenants (0 green, 1 amber, 2 red, 3 grey)");
        tenantStatus = gauge(meters, "vigie.tenant.status", "Tenant status (0 green, 1 amber, 2 red, 3 grey)");
        serviceStatus = gauge(meters, "vigie.service.status", "Service status (0 green, 1 amber, 2 red, 3 grey)");
        desiredReplicas = gauge(meters, "vigie.service.replicas.desired", "Replicas the service's Deployment asks for");
        readyReplicas = gauge(meters, "vigie.service.replicas.ready", "Ready replicas of the service's Deployment");
        quotaUsedRatio = gauge(meters, "vigie.tenant.quota.used.ratio", "Used / hard of the tenant's namespace quota");
        publisher.subscribe(this::registerIfCatalogueChanged);
    }

    private static MultiGauge gauge(MeterRegistry meters, String name, String description) {
        return MultiGauge.builder(name).description(description).register(meters);
    }

    private void registerIfCatalogueChanged(FleetSnapshot snapshot) {
        if (!sameCatalogue(snapshot)) {
            registeredTenants = snapshot.tenants().stream().map(TenantState::tenant).toList();
            register(snapshot);
        }
    }

    /** The series only depend on the catalogue's tenants, the same objects from one snapshot to the next. */
    private boolean sameCatalogue(FleetSnapshot snapshot) {
        List<TenantState> tenants = snapshot.tenants();
        if (tenants.size() != registeredTenants.size()) {
            return false;
        }
        for (int i = 0; i < tenants.size(); i++) {
            if (tenants.get(i).tenant() != registeredTenants.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void register(FleetSnapshot snapshot) {
        List<Row<?>> regions = new ArrayList<>();
        List<Row<?>> tenants = new ArrayList<>();
        List<Row<?>> services = new ArrayList<>();
        List<Row<?>> desired = new ArrayList<>();
        List<Row<?>> ready = new ArrayList<>();
        List<Row<?>> quota = new ArrayList<>();
        snapshot.byRegion().keySet().forEach(region -> regions.add(Row.of(Tags.of("region", region), publisher,
                p -> p.current().regionStatus(region).metricValue())));
        for (TenantState state : snapshot.tenants()) {
            String name = state.tenant().name();
            Tags tenant = Tags.of("tenant", name, "region", state.tenant().region());
            tenants.add(row(tenant, name, t -> t.status().metricValue()));
            for (ServiceState service : state.services()) {
                String serviceName = service.spec().name();
                Tags tags = tenant.and("service", serviceName);
                services.add(row(tags, name, t -> t.health().service(serviceName)
                        .map(h -> (double) h.status().metricValue()).orElse(Double.NaN)));
                desired.add(row(tags, name, t -> t.service(serviceName).map(s -> (double) s.desired()).orElse(Double.NaN)));
                ready.add(row(tags, name, t -> t.service(serviceName).map(s -> (double) s.ready()).orElse(Double.NaN)));
            }
            for (Resource resource : Resource.values()) {
                quota.add(row(tenant.and("resource", resource.name().toLowerCase(Locale.ROOT)), name,
                        t -> t.quota(resource).flatMap(q -> q.usedRatio().isPresent()
                                ? java.util.Optional.of(q.usedRatio().getAsDouble()) : java.util.Optional.empty())
                                .orElse(Double.NaN)));
            }
        }
        regionStatus.register(regions, true);
        tenantStatus.register(tenants, true);
        serviceStatus.register(services, true);
        desiredReplicas.register(desired, true);
        readyReplicas.register(ready, true);
        quotaUsedRatio.register(quota, true);
    }

    /** A row reading one tenant of the snapshot current at scrape time; NaN once the tenant is gone. */
    private Row<FleetSnapshotPublisher> row(Tags tags, String tenant, ToDoubleFunction<TenantState> value) {
        return Row.of(tags, publisher, p -> p.current().tenant(tenant).map(value::applyAsDouble).orElse(Double.NaN));
    }
}
