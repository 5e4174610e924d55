package org.vigie.health;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.vigie.cluster.ClusterCache;
import org.vigie.cluster.TenantLabels;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.health.ServiceState.Autoscaler;
import org.vigie.health.ServiceState.PodTroubles;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;

/**
 * Computes one tenant's state from its cluster's cache. Objects carrying the tenant's label but
 * living outside its namespace are ignored: a label alone does not make an object the tenant's.
 */
final class TenantStateBuilder {

    private TenantStateBuilder() {
    }

    static TenantState build(Tenant tenant, ClusterCache cache, Long sessions, ProbeSummary probe, Instant now) {
        if (cache == null) {
            return new TenantState(tenant, tenant.services().stream().map(TenantStateBuilder::missing).toList(),
                    quota(tenant, List.of()), sessions, probe, now, null);
        }
        String name = tenant.name();
        Map<String, Deployment> deployments = inNamespace(tenant, cache.deployments(name)).stream()
                .collect(Collectors.toMap(d -> d.getMetadata().getName(), d -> d, (a, b) -> a));
        Map<String, List<Pod>> podsByService = inNamespace(tenant, cache.pods(name)).stream()
                .filter(p -> TenantLabels.serviceOf(p) != null)
                .collect(Collectors.groupingBy(TenantLabels::serviceOf));
        Map<String, HorizontalPodAutoscaler> autoscalers = new HashMap<>();
        for (HorizontalPodAutoscaler hpa : inNamespace(tenant, cache.autoscalers(name))) {
            if (hpa.getSpec() != null && hpa.getSpec().getScaleTargetRef() != null) {
                autoscalers.put(hpa.getSpec().getScaleTargetRef().getName(), hpa);
            }
        }
        List<ServiceState> services = new ArrayList<>();
        for (ServiceSpec spec : tenant.services()) {
            Deployment deployment = deployments.get(spec.name());
            services.add(deployment == null ? missing(spec)
                    : service(spec, deployment, podsByService.getOrDefault(spec.name(), List.of()),
                            autoscalers.get(spec.name()), now));
        }
        return new TenantState(tenant, services, quota(tenant, inNamespace(tenant, cache.quotas(name))), sessions,
                probe, now, null);
    }

    private static <T extends HasMetadata> List<T> inNamespace(Tenant tenant, List<T> objects) {
        return objects.stream().filter(o -> tenant.namespace().equals(o.getMetadata().getNamespace())).toList();
    }

    private static ServiceState missing(ServiceSpec spec) {
        return new ServiceState(spec, false, 0, 0, 0, 0, 0, PodTroubles.NONE, null);
    }

    private static ServiceState service(ServiceSpec spec, Deployment deployment, List<Pod> pods,
            HorizontalPodAutoscaler hpa, Instant now) {
        int desired = deployment.getSpec() == null ? 0 : Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
        var status = deployment.getStatus();
        int ready = status == null ? 0 : Objects.requireNonNullElse(status.getReadyReplicas(), 0);
        int available = status == null ? 0 : Objects.requireNonNullElse(status.getAvailableReplicas(), 0);
        List<ContainerStatus> containers = pods.stream()
                .filter(p -> p.getStatus() != null && p.getStatus().getContainerStatuses() != null)
                .flatMap(p -> p.getStatus().getContainerStatuses().stream())
                .toList();
        int restarts = containers.stream().map(ContainerStatus::getRestartCount).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        return new ServiceState(spec, true, desired, ready, available, pods.size(), restarts,
                PodTroubleFinder.troubles(containers, now), autoscaler(hpa));
    }

    private static Autoscaler autoscaler(HorizontalPodAutoscaler hpa) {
        if (hpa == null || hpa.getSpec() == null) {
            return null;
        }
        var status = hpa.getStatus();
        return new Autoscaler(
                Objects.requireNonNullElse(hpa.getSpec().getMinReplicas(), 1),
                Objects.requireNonNullElse(hpa.getSpec().getMaxReplicas(), 0),
                status == null ? 0 : Objects.requireNonNullElse(status.getCurrentReplicas(), 0),
                status == null ? 0 : Objects.requireNonNullElse(status.getDesiredReplicas(), 0));
    }

    private static List<QuotaUsage> quota(Tenant tenant, List<ResourceQuota> quotas) {
        Map<String, Quantity> hard = new HashMap<>();
        Map<String, Quantity> used = new HashMap<>();
        for (ResourceQuota quota : quotas) {
            if (quota.getStatus() != null) {
                putAll(hard, quota.getStatus().getHard());
                putAll(used, quota.getStatus().getUsed());
            } else if (quota.getSpec() != null) {
                putAll(hard, quota.getSpec().getHard());
            }
        }
        return List.of(
                usage(Resource.CPU, tenant.quota().cpu(), hard, used, "cpu"),
                usage(Resource.MEMORY, tenant.quota().memory(), hard, used, "memory"),
                usage(Resource.PODS, String.valueOf(tenant.quota().pods()), hard, used, "pods"));
    }

    private static void putAll(Map<String, Quantity> into, Map<String, Quantity> from) {
        if (from != null) {
            from.forEach(into::putIfAbsent);
        }
    }

    private static QuotaUsage usage(Resource resource, String contract, Map<String, Quantity> hard,
            Map<String, Quantity> used, String alias) {
        return new QuotaUsage(resource, Quantities.amount(contract),
                Quantities.amount(hard.getOrDefault(resource.quotaKey(), hard.get(alias))),
                Quantities.amount(used.getOrDefault(resource.quotaKey(), used.get(alias))));
    }
}
