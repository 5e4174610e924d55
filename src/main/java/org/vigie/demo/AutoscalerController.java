package org.vigie.demo;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Objects;
import org.vigie.cluster.ClusterCache;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.TenantState;
import org.vigie.tenant.Tenant;

/**
 * The HorizontalPodAutoscaler controller of the demo: the target Deployment gets enough replicas
 * for the tenant's current sessions at 70 % of each replica's capacity (the usual HPA target),
 * within the autoscaler's bounds.
 */
final class AutoscalerController {

    static final double TARGET_UTILISATION = 0.7;

    private AutoscalerController() {
    }

    static void reconcile(Tenant tenant, ClusterCache cache, KubernetesClient client, FleetSnapshot snapshot) {
        Long sessions = snapshot.tenant(tenant.name()).map(TenantState::sessions).orElse(null);
        if (sessions == null) {
            return;
        }
        for (HorizontalPodAutoscaler hpa : cache.autoscalers(tenant.name())) {
            if (!DemoSimulator.inNamespace(tenant, hpa)) {
                continue;
            }
            String target = hpa.getSpec().getScaleTargetRef().getName();
            int min = Objects.requireNonNullElse(hpa.getSpec().getMinReplicas(), 1);
            long needed = (long) Math.ceil(sessions / (TARGET_UTILISATION * tenant.capacity().sessionsPerReplica()));
            int wanted = (int) Math.clamp(needed, min, hpa.getSpec().getMaxReplicas());
            Deployment deployment = cache.deployments(tenant.name()).stream()
                    .filter(d -> d.getMetadata().getName().equals(target) && DemoSimulator.inNamespace(tenant, d))
                    .findFirst().orElse(null);
            if (deployment == null) {
                continue;
            }
            if (!Objects.equals(deployment.getSpec().getReplicas(), wanted)) {
                client.apps().deployments().inNamespace(tenant.namespace()).withName(target).scale(wanted);
            }
            int current = deployment.getStatus() == null ? 0
                    : Objects.requireNonNullElse(deployment.getStatus().getReadyReplicas(), 0);
            if (hpa.getStatus() == null || !Objects.equals(hpa.getStatus().getDesiredReplicas(), wanted)
                    || !Objects.equals(hpa.getStatus().getCurrentReplicas(), current)) {
                client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(tenant.namespace())
                        .withName(hpa.getMetadata().getName())
                        .editStatus(h -> {
                            h.setStatus(new HorizontalPodAutoscalerStatusBuilder()
                                    .withCurrentReplicas(current).withDesiredReplicas(wanted).build());
                            return h;
                        });
            }
        }
    }
}
