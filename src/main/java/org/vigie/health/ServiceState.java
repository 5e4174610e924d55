package org.vigie.health;

import org.vigie.tenant.ServiceSpec;

/**
 * One service of a tenant: what the catalogue declares and what its Deployment and pods report.
 * {@code deployed} is false when no Deployment of that name exists in the tenant's namespace.
 */
public record ServiceState(ServiceSpec spec, boolean deployed, int desired, int ready, int available,
        int pods, int restarts, PodTroubles troubles, Autoscaler autoscaler) {

    /** The service's HorizontalPodAutoscaler, when it has one. */
    public record Autoscaler(int minReplicas, int maxReplicas, int currentReplicas, int desiredReplicas) {
    }

    /** Containers of the service's pods in trouble; "recently" is the last 15 minutes. */
    public record PodTroubles(int crashLooping, int oomKilledRecently, int restartedRecently) {

        public static final PodTroubles NONE = new PodTroubles(0, 0, 0);
    }
}
