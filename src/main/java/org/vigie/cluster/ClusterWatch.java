package org.vigie.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The informers of one cluster: one per watched kind, across namespaces, restricted by label
 * selector to objects carrying {@link TenantLabels#TENANT}, indexed by tenant.
 */
final class ClusterWatch implements ClusterCache, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterWatch.class);
    private static final String BY_TENANT = "tenant";
    /** Lists come in pages: each answer stays small enough to arrive within the request timeout. */
    private static final long LIST_PAGE = 500;

    private final String cluster;
    private final ClusterChangeListener listener;
    private final Clock clock;
    private final SharedIndexInformer<Deployment> deployments;
    private final SharedIndexInformer<Pod> pods;
    private final SharedIndexInformer<ResourceQuota> quotas;
    private final SharedIndexInformer<HorizontalPodAutoscaler> autoscalers;
    private final KubernetesClient client;
    private volatile Instant lastContact;
    private volatile Duration syncDuration;
    private volatile Instant confirmedAt;
    private volatile boolean listed;
    private volatile boolean refused;
    private final StallDetector stalls = new StallDetector();

    ClusterWatch(String cluster, KubernetesClient client, ClusterChangeListener listener, Clock clock) {
        this.cluster = cluster;
        this.listener = listener;
        this.clock = clock;
        this.client = client;
        this.deployments = informer(client.apps().deployments().inAnyNamespace().withLabel(TenantLabels.TENANT));
        this.pods = informer(client.pods().inAnyNamespace().withLabel(TenantLabels.TENANT));
        this.quotas = informer(client.resourceQuotas().inAnyNamespace().withLabel(TenantLabels.TENANT));
        this.autoscalers = informer(client.autoscaling().v2().horizontalPodAutoscalers().inAnyNamespace()
                .withLabel(TenantLabels.TENANT));
    }

    /** Starts every informer; the future completes when all have listed their objects. */
    CompletableFuture<Void> start() {
        Instant begin = clock.instant();
        CompletableFuture<?>[] started = Stream.of(deployments, pods, quotas, autoscalers)
                .map(informer -> informer.start().toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(started).whenComplete((ok, failure) -> {
            if (failure == null) {
                listed = true;
                heardFromApi();
                syncDuration = Duration.between(begin, lastContact);
                log.info("Cluster {}: caches synced in {} ms ({} objects)", cluster, syncDuration.toMillis(), size());
            }
            listener.clusterChanged(cluster);
        });
    }

    private <T extends HasMetadata> SharedIndexInformer<T> informer(Informable<T> source) {
        SharedIndexInformer<T> informer = source.withLimit(LIST_PAGE).runnableInformer(0);
        informer.itemStore(new TrimmingItemStore<>());
        informer.removeNamespaceIndex();
        informer.addIndexers(Map.of(BY_TENANT, object -> List.of(Objects.requireNonNullElse(TenantLabels.tenantOf(object), ""))));
        informer.exceptionHandler((started, failure) -> {
            log.warn("Cluster {}: watch failed, retrying: {}", cluster, failure.toString());
            listener.clusterChanged(cluster);
            return true;
        });
        informer.addEventHandler(new ChangeHandler<T>(this::changed));
        return informer;
    }

    /**
     * Asks the API server for one labelled Deployment, bounded by the client's request timeout. An
     * answer proves the server is there; together with informers that are synced and watching, it
     * confirms the cache. A watch left open by a server that stopped answering proves nothing.
     */
    void heartbeat() {
        try {
            client.apps().deployments().inAnyNamespace().withLabel(TenantLabels.TENANT)
                    .list(new ListOptionsBuilder().withLimit(1L).build());
            refused = false;
            heardFromApi();
        } catch (KubernetesClientException e) {
            refused = refusal(e);
            log.warn("Cluster {}: API server did not answer the heartbeat: {}", cluster, e.getMessage());
            listener.clusterChanged(cluster);
        }
    }

    /** Lists the labelled Deployments afresh; true when the cache still misses what the previous check saw. */
    boolean watchStalled() {
        try {
            List<Deployment> listed = client.apps().deployments().inAnyNamespace().withLabel(TenantLabels.TENANT)
                    .list().getItems();
            boolean stalled = stalls.stalled(listed, deployments.getStore().list());
            if (stalls.suspect()) {
                listener.clusterChanged(cluster);
            }
            return stalled;
        } catch (KubernetesClientException e) {
            return false;
        }
    }

    private static boolean refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private void heardFromApi() {
        lastContact = clock.instant();
        if (synced() && watching() && !stalls.suspect()) {
            confirmedAt = lastContact;
        }
    }

    private void changed(HasMetadata object) {
        heardFromApi();
        String tenant = TenantLabels.tenantOf(object);
        if (tenant != null) {
            listener.tenantChanged(cluster, tenant);
        }
    }

    @Override
    public String cluster() {
        return cluster;
    }

    /** True once every informer's first list is in its store (the start futures completed), and still synced. */
    @Override
    public boolean synced() {
        return listed && Stream.of(deployments, pods, quotas, autoscalers).allMatch(SharedIndexInformer::hasSynced);
    }

    @Override
    public boolean watching() {
        return Stream.of(deployments, pods, quotas, autoscalers).allMatch(SharedIndexInformer::isWatching);
    }

    @Override
    public Duration syncDuration() {
        return syncDuration;
    }

    @Override
    public Instant confirmedAt() {
        return confirmedAt;
    }

    @Override
    public Instant lastContact() {
        return lastContact;
    }

    @Override
    public boolean refused() {
        return refused;
    }

    @Override
    public List<Deployment> deployments(String tenant) {
        return deployments.getIndexer().byIndex(BY_TENANT, tenant);
    }

    @Override
    public List<Pod> pods(String tenant) {
        return pods.getIndexer().byIndex(BY_TENANT, tenant);
    }

    @Override
    public List<ResourceQuota> quotas(String tenant) {
        return quotas.getIndexer().byIndex(BY_TENANT, tenant);
    }

    @Override
    public List<HorizontalPodAutoscaler> autoscalers(String tenant) {
        return autoscalers.getIndexer().byIndex(BY_TENANT, tenant);
    }

    @Override
    public long size() {
        return Stream.of(deployments, pods, quotas, autoscalers).mapToLong(i -> i.getStore().list().size()).sum();
    }

    /** The caches themselves (items and indices of every kind), for the heap benchmark to weigh. */
    List<Object> caches() {
        return Stream.of(deployments, pods, quotas, autoscalers).<Object>map(SharedIndexInformer::getIndexer).toList();
    }

    @Override
    public void close() {
        Stream.of(deployments, pods, quotas, autoscalers).forEach(SharedIndexInformer::close);
    }
}
