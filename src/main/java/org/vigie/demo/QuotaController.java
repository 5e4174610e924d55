package org.vigie.demo;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.cluster.ClusterCache;
import org.vigie.cluster.TenantLabels;
import org.vigie.tenant.Tenant;

/** The quota controller of the demo: {@code status.used} is the sum of the requests of the tenant's pods. */
final class QuotaController {

    private QuotaController() {
    }

    static void reconcile(Tenant tenant, ClusterCache cache, KubernetesClient client) {
        Map<String, Quantity> used = used(tenant, cache);
        for (ResourceQuota quota : cache.quotas(tenant.name())) {
            if (DemoSimulator.inNamespace(tenant, quota) && !sameAmounts(quota, used)) {
                client.resourceQuotas().inNamespace(tenant.namespace()).withName(quota.getMetadata().getName())
                        .editStatus(q -> {
                            q.setStatus(new ResourceQuotaStatusBuilder()
                                    .withHard(q.getSpec().getHard()).withUsed(used).build());
                            return q;
                        });
            }
        }
    }

    private static Map<String, Quantity> used(Tenant tenant, ClusterCache cache) {
        Map<String, Deployment> deployments = new HashMap<>();
        cache.deployments(tenant.name()).forEach(d -> deployments.put(d.getMetadata().getName(), d));
        BigDecimal cpu = BigDecimal.ZERO;
        BigDecimal memory = BigDecimal.ZERO;
        int pods = 0;
        for (Pod pod : cache.pods(tenant.name())) {
            Deployment owner = deployments.get(TenantLabels.serviceOf(pod));
            if (owner == null || !DemoSimulator.inNamespace(tenant, pod)) {
                continue;
            }
            pods++;
            Map<String, Quantity> requests = owner.getSpec().getTemplate().getSpec().getContainers().getFirst()
                    .getResources().getRequests();
            cpu = cpu.add(requests.get("cpu").getNumericalAmount());
            memory = memory.add(requests.get("memory").getNumericalAmount());
        }
        return Map.of(
                "requests.cpu", new Quantity(cpu.movePointRight(3).toBigInteger() + "m"),
                "requests.memory", new Quantity(memory.divide(BigDecimal.valueOf(1L << 20)).toBigInteger() + "Mi"),
                "pods", new Quantity(String.valueOf(pods)));
    }

    /** Whether the status already shows these amounts used and the spec's current hard limits. */
    private static boolean sameAmounts(ResourceQuota quota, Map<String, Quantity> used) {
        if (quota.getStatus() == null || quota.getStatus().getUsed() == null || quota.getStatus().getHard() == null) {
            return false;
        }
        return same(quota.getStatus().getUsed(), used) && same(quota.getStatus().getHard(), quota.getSpec().getHard());
    }

    private static boolean same(Map<String, Quantity> current, Map<String, Quantity> wanted) {
        return wanted.entrySet().stream().allMatch(e -> current.containsKey(e.getKey())
                && current.get(e.getKey()).getNumericalAmount().compareTo(e.getValue().getNumericalAmount()) == 0);
    }

}
