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
     * Until when the cache is known to be current: now while every informer is synced and watching,
     * otherwise the last moment it was; null if it never was.
     */
    Instant confirmedAt();

    /** When the cluster last told us something (an event or a successful list); null before that. */
    Instant lastContact();

    List<Deployment> deployments(String tenant);

    List<Pod> pods(String tenant);

    List<ResourceQuota> quotas(String tenant);

    List<HorizontalPodAutoscaler> autoscalers(String tenant);

    /** Objects of every kind in the cache, for sizing. */
    long size();
}
