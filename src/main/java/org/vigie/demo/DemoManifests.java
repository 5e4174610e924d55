package org.vigie.demo;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.util.Map;
import org.vigie.cluster.TenantLabels;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;

/** The Kubernetes objects a tenant of the catalogue runs as, sized for an ordinary school day. */
final class DemoManifests {

    static final String QUOTA_NAME = "tenant-quota";

    private DemoManifests() {
    }

    static Namespace namespace(Tenant tenant) {
        return new NamespaceBuilder().withNewMetadata().withName(tenant.namespace())
                .withLabels(Map.of(TenantLabels.TENANT, tenant.name())).endMetadata().build();
    }

    /** The Deployment as a running cluster would show it: every replica already ready. */
    static Deployment deployment(Tenant tenant, ServiceSpec service) {
        Map<String, String> labels = TenantLabels.of(tenant.name(), service.name());
        int replicas = initialReplicas(tenant, service);
        return new DeploymentBuilder()
                .withNewMetadata().withName(service.name()).withNamespace(tenant.namespace()).withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .withReplicas(replicas)
                .withNewSelector().withMatchLabels(labels).endSelector()
                .withNewTemplate()
                .withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer()
                .withName(service.name())
                .withImage("registry.example.fr/ent/" + service.name() + ":2026.11")
                .withNewResources()
                .addToRequests("cpu", new Quantity(service.cpuRequest()))
                .addToRequests("memory", new Quantity(service.memoryRequest()))
                .endResources()
                .endContainer().endSpec()
                .endTemplate()
                .endSpec()
                .withNewStatus().withReplicas(replicas).withReadyReplicas(replicas).withAvailableReplicas(replicas)
                .withUpdatedReplicas(replicas).withObservedGeneration(1L).endStatus()
                .build();
    }

    static ResourceQuota quota(Tenant tenant) {
        return new ResourceQuotaBuilder()
                .withNewMetadata().withName(QUOTA_NAME).withNamespace(tenant.namespace())
                .withLabels(Map.of(TenantLabels.TENANT, tenant.name())).endMetadata()
                .withNewSpec()
                .addToHard("requests.cpu", new Quantity(tenant.quota().cpu()))
                .addToHard("requests.memory", new Quantity(tenant.quota().memory()))
                .addToHard("pods", new Quantity(String.valueOf(tenant.quota().pods())))
                .endSpec()
                .build();
    }

    static HorizontalPodAutoscaler autoscaler(Tenant tenant, ServiceSpec service) {
        return new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName(service.name()).withNamespace(tenant.namespace())
                .withLabels(TenantLabels.of(tenant.name(), service.name())).endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName(service.name())
                .endScaleTargetRef()
                .withMinReplicas(Math.max(1, service.minReplicas()))
                .withMaxReplicas(service.maxReplicas())
                .addNewMetric().withType("Resource").withNewResource().withName("cpu")
                .withNewTarget().withType("Utilization").withAverageUtilization(70).endTarget()
                .endResource().endMetric()
                .endSpec()
                .build();
    }

    /** Enough replicas for an ordinary weekday peak: front services in full, the others in part. */
    static int initialReplicas(Tenant tenant, ServiceSpec service) {
        double share = switch (service.priority()) {
            case CRITICAL -> 1.0;
            case ESSENTIAL -> 0.5;
            case DEFERRABLE -> 0.25;
        };
        long needed = (long) Math.ceil(SchoolDayTraffic.weekdayPeak(tenant) * share
                / tenant.capacity().sessionsPerReplica());
        return (int) Math.clamp(needed, service.minReplicas(), service.maxReplicas());
    }
}
