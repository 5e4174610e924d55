package org.vigie.fleet;

import org.vigie.tenant.ServiceSpec;

/**
 * One service of a tenant: what the catalogue declares and what its Deployment reports.
 * {@code deployed} is false when no Deployment of that name exists in the tenant's namespace.
 */
public record ServiceState(ServiceSpec spec, boolean deployed, int desired, int ready, int available,
        int pods, int restarts, Autoscaler autoscaler) {

    /** The service's HorizontalPodAutoscaler, when it has one. */
    public record Autoscaler(int minReplicas, int maxReplicas, int currentReplicas, int desiredReplicas) {
    }
}
