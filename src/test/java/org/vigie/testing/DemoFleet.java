package org.vigie.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.tenant.Tenant;

/** The demo fleet as tests need it: a tenant at rest, what its cluster really holds, faults to inject. */
public final class DemoFleet {

    public static final String FAULT = "demo.vigie.io/fault";

    private DemoFleet() {
    }

    /** Waits until the tenant is evaluated (not grey) with every service's replicas ready, and returns it. */
    public static TenantState settled(FleetSnapshotPublisher fleet, String tenant) {
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(tenant)
                .map(t -> t.status() != Status.GREY && t.services().stream().allMatch(s -> s.ready() == s.desired()))
                .orElse(false));
        return fleet.current().tenant(tenant).orElseThrow();
    }

    /**
     * Waits until the fleet holds {@code tenants} tenants and none in service is RED or GREY (AMBER is allowed:
     * a probe slowed by a loaded test machine is a true reading); on timeout the failure lists the others
     * with their colour and reasons.
     */
    public static void noneInServiceRedOrGrey(FleetSnapshotPublisher fleet, int tenants, Duration atMost) {
        await().atMost(atMost).untilAsserted(() -> {
            assertThat(fleet.current().tenants()).hasSize(tenants);
            assertThat(fleet.current().tenants().stream().filter(TenantState::inService)
                    .filter(t -> t.status() == Status.RED || t.status() == Status.GREY)
                    .map(t -> t.tenant().name() + " " + t.status() + " " + t.health()).toList()).isEmpty();
        });
    }

    /** Sets (or, with {@code null}, removes) the demo fault annotation on a service's Deployment. */
    public static void fault(ClusterConnections clusters, Tenant tenant, String service, String mode) {
        clusters.client(tenant.cluster()).orElseThrow().apps().deployments().inNamespace(tenant.namespace())
                .withName(service).edit(d -> {
                    if (mode == null) {
                        d.getMetadata().getAnnotations().remove(FAULT);
                    } else {
                        d.getMetadata().getAnnotations().put(FAULT, mode);
                    }
                    return d;
                });
    }

    /** The replicas the service's Deployment asks for in the cluster, read from the API server. */
    public static int desiredInCluster(ClusterConnections clusters, TenantState tenant, String service) {
        return clusters.client(tenant.tenant().cluster()).orElseThrow().apps().deployments()
                .inNamespace(tenant.tenant().namespace()).withName(service).get().getSpec().getReplicas();
    }
}
