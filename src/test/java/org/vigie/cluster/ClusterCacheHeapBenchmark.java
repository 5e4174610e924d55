package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;
import org.vigie.benchmark.BenchmarkFleet;
import org.vigie.benchmark.Heap;
import org.vigie.demo.EmbeddedKubernetesApi;

/**
 * The informer caches alone, without the rest of the console: one cluster of
 * {@code vigie.benchmark.cache-tenants} tenants (default 250: 1,250 Deployments, 6,250 pods shaped like
 * production ones). Vigie's {@link ClusterWatch} and, as the baseline, stock fabric8 informers on the same
 * kinds and label selector (default item store, namespace index), each synced then closed three times in
 * turn. Weighed by walking the caches' object graph with JOL (every object reachable from the four
 * indexers, each counted once), beside the heap after GC with the caches minus without them, which the
 * API server seeded in the same JVM makes noisy. Run with {@code ./mvnw -Pbenchmark verify}.
 */
class ClusterCacheHeapBenchmark {

    static final int TENANTS = Integer.getInteger("vigie.benchmark.cache-tenants", 250);
    static final int SERVICES = 5;
    static final int PODS_PER_SERVICE = 5;
    static final int ROUNDS = 3;

    @Test
    void heap_retained_per_cached_pod_by_vigie_and_by_stock_informers() throws Exception {
        try (EmbeddedKubernetesApi api = BenchmarkFleet.seeded(TENANTS, SERVICES, PODS_PER_SERVICE);
                KubernetesClient client = ClusterConnections.clientFor(api.url())) {
            long pods = (long) TENANTS * SERVICES * PODS_PER_SERVICE;
            long objects = (long) TENANTS * SERVICES * (1 + PODS_PER_SERVICE) + TENANTS;
            Measures vigie = new Measures();
            Measures stock = new Measures();
            for (int round = 0; round < ROUNDS; round++) {
                vigie.heap.add(retainedByVigie(client, objects, vigie.graph));
                stock.heap.add(retainedByStockInformers(client, objects, stock.graph));
            }
            double vigiePerPod = median(vigie.graph) / 1024.0 / pods;
            double stockPerPod = median(stock.graph) / 1024.0 / pods;
            String report = String.join("\n",
                    "",
                    "| informer caches alone (" + objects + " objects: " + TENANTS * SERVICES + " Deployments, " + pods
                            + " pods, " + TENANTS + " quotas) | Vigie (lean copies) | stock fabric8 informers "
                            + "(baseline, same run) | target |",
                    "|---|---|---|---|",
                    "| size of the caches' object graph (items and indices of the four kinds; JOL), median of "
                            + ROUNDS + " | " + mib(median(vigie.graph)) + " | " + mib(median(stock.graph)) + " | |",
                    "| per cached pod (every kind counted, divided by the pods) | "
                            + String.format(Locale.ROOT, "%.2f KiB", vigiePerPod) + " | "
                            + String.format(Locale.ROOT, "%.2f KiB", stockPerPod) + " | ≤ 4 KiB |",
                    "| stock ÷ Vigie | " + String.format(Locale.ROOT, "%.1f×", stockPerPod / vigiePerPod) + " | | ≥ 5× |",
                    "| projected for 125,000 pods (5,000 tenants) | "
                            + mib(median(vigie.graph) * 125_000.0 / pods) + " | "
                            + mib(median(stock.graph) * 125_000.0 / pods) + " | |",
                    "| heap after GC with the caches minus without, each round (noisy: the API server shares the JVM) | "
                            + rounds(vigie.heap) + " | " + rounds(stock.heap) + " | |",
                    "");
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/cluster-cache-heap.md"), report);
            System.out.println(report);
            assertThat(vigie.graph).allMatch(bytes -> bytes > pods * 100);
            assertThat(stock.graph).allMatch(bytes -> bytes > pods * 100);
        }
    }

    /** Exact sizes of the caches' object graphs, and the noisier heap deltas, one per round. */
    record Measures(List<Long> graph, List<Long> heap) {

        Measures() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    private static long retainedByVigie(KubernetesClient client, long objects, List<Long> footprints) throws Exception {
        ClusterWatch watch = new ClusterWatch("bench", client, new ClusterChangeListener() {
            @Override
            public void tenantChanged(String cluster, String tenant) {
            }

            @Override
            public void clusterChanged(String cluster) {
            }
        }, Clock.systemUTC());
        watch.start().get();
        assertThat(watch.size()).isEqualTo(objects);
        footprints.add(GraphLayout.parseInstance(watch.caches().toArray()).totalSize());
        long with = Heap.usedAfterGc();
        watch.close();
        watch = null;
        return with - afterClose(client);
    }

    private static long retainedByStockInformers(KubernetesClient client, long objects, List<Long> footprints) throws Exception {
        List<SharedIndexInformer<?>> informers = new ArrayList<>(List.of(
                client.apps().deployments().inAnyNamespace().withLabel(TenantLabels.TENANT).inform(),
                client.pods().inAnyNamespace().withLabel(TenantLabels.TENANT).inform(),
                client.resourceQuotas().inAnyNamespace().withLabel(TenantLabels.TENANT).inform(),
                client.autoscaling().v2().horizontalPodAutoscalers().inAnyNamespace().withLabel(TenantLabels.TENANT)
                        .inform()));
        assertThat(informers.stream().mapToLong(i -> i.getStore().list().size()).sum()).isEqualTo(objects);
        footprints.add(GraphLayout.parseInstance(informers.stream().map(SharedIndexInformer::getIndexer).toArray())
                .totalSize());
        long with = Heap.usedAfterGc();
        informers.forEach(SharedIndexInformer::close);
        informers.clear();
        return with - afterClose(client);
    }

    /**
     * The heap once the caches are dropped, measured after the mock API server has let go of the closed
     * watches (it blocks its event loop for seconds on each), so that the next round's list is answered.
     */
    private static long afterClose(KubernetesClient client) throws InterruptedException {
        Thread.sleep(2_000);
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                client.pods().inAnyNamespace().list(new ListOptionsBuilder().withLimit(1L).build());
                break;
            } catch (KubernetesClientException e) {
                Thread.sleep(1_000);
            }
        }
        return Heap.usedAfterGc();
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static String rounds(List<Long> values) {
        return String.join(", ", values.stream().map(ClusterCacheHeapBenchmark::mib).toList());
    }
}
