package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigie.benchmark.BenchmarkFleet;
import org.vigie.demo.EmbeddedKubernetesApi;

/**
 * The heap of the informer caches alone, without the rest of the console: one cluster of 250
 * tenants (1,250 Deployments, 6,250 pods), heap after GC before and after one {@link ClusterWatch}
 * syncs. Run with {@code ./mvnw -Pbenchmark verify}.
 */
class ClusterCacheHeapBenchmark {

    static final int TENANTS = 250;
    static final int SERVICES = 5;
    static final int PODS_PER_SERVICE = 5;

    @Test
    void heap_retained_per_cached_deployment_with_its_pods() throws Exception {
        try (EmbeddedKubernetesApi api = EmbeddedKubernetesApi.start();
                KubernetesClient client = ClusterConnections.clientFor(api.url())) {
            BenchmarkFleet.seed(client, 0, 1, TENANTS, SERVICES, PODS_PER_SERVICE);
            long before = usedHeapAfterGc();
            ClusterWatch watch = new ClusterWatch("bench", client, new ClusterChangeListener() {
                @Override
                public void tenantChanged(String cluster, String tenant) {
                }

                @Override
                public void clusterChanged(String cluster) {
                }
            }, Clock.systemUTC());
            watch.start().get();
            long after = usedHeapAfterGc();
            long deployments = (long) TENANTS * SERVICES;
            String report = String.join("\n",
                    "",
                    "| informer caches alone (" + watch.size() + " objects: " + deployments + " Deployments, "
                            + deployments * PODS_PER_SERVICE + " pods, " + TENANTS + " quotas) | value | target |",
                    "|---|---|---|",
                    "| heap retained by the caches | " + String.format(Locale.ROOT, "%.1f MiB", (after - before) / 1048576.0) + " | |",
                    "| per cached Deployment with its " + PODS_PER_SERVICE + " pods | "
                            + String.format(Locale.ROOT, "%.1f KiB", (after - before) / 1024.0 / deployments) + " | |",
                    "| projected for 5,000 Deployments and 25,000 pods | "
                            + String.format(Locale.ROOT, "%.0f MiB", (after - before) * 4 / 1048576.0) + " | ≤ 512 MB (whole fleet) |",
                    "");
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/cluster-cache-heap.md"), report);
            System.out.println(report);
            assertThat(watch.size()).isEqualTo(deployments * (1 + PODS_PER_SERVICE) + TENANTS);
            watch.close();
        }
    }

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
