package org.vigie.cluster;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Read-only view of one cluster's informer caches, indexed by tenant label. */
public interface ClusterCache {

    String cluster();

    /** True once every watched kind has listed its objects. */
    boolean synced();

    /** How long the first list of every kind took; null until synced. */
    Duration syncDuration();

    /** True while every watch is open; false while a watch is being re-established. */
    boolean watching();

    /**
     * Until when the cache is known to be current: the last time the API server really answered
     * (an event, a list, a heartbeat) while every informer was synced and watching; null if never.
     */
    Instant confirmedAt();

    /** When the cluster last told us something (an event, a list or a heartbeat); null before that. */
    Instant lastContact();

    /** True while the API server refuses connections (its last heartbeat was refused). */
    default boolean refused() {
        return false;
    }

    List<Deployment> deployments(String tenant);

    List<Pod> pods(String tenant);

    List<ResourceQuota> quotas(String tenant);

    List<HorizontalPodAutoscaler> autoscalers(String tenant);

    /** Objects of every kind in the cache, for sizing. */
    long size();
}
