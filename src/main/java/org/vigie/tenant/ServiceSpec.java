package org.vigie.tenant;

/**
 * One Deployment of a tenant. {@code cpuRequest} and {@code memoryRequest} are the per-replica
 * requests, as Kubernetes quantities, that count against the tenant's quota.
 */
public record ServiceSpec(
        String name,
        Priority priority,
        int minReplicas,
        int maxReplicas,
        String cpuRequest,
        String memoryRequest,
        boolean autoscaling) {

    public enum Priority {
        CRITICAL, ESSENTIAL, DEFERRABLE
    }
}
