package org.vigie.benchmark;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.vigie.cluster.TenantLabels;
import org.vigie.demo.EmbeddedKubernetesApi;

/** A synthetic fleet shaped like production objects: managed fields, last-applied annotations, full pod specs. */
public final class BenchmarkFleet {

    static final String[] SERVICES = {"sso", "portal", "messaging", "binder", "chat"};
    static final String[] REGIONS = {"auvergne-rhone-alpes", "ile-de-france", "nouvelle-aquitaine", "hauts-de-france"};

    private BenchmarkFleet() {
    }

    /** The process serving a seeded fleet's API servers and health endpoints, and how long seeding them took. */
    record Seeded(Process servers, Duration seedTime) implements AutoCloseable {

        @Override
        public void close() throws IOException, InterruptedException {
            servers.getOutputStream().close();
            if (!servers.waitFor(30, TimeUnit.SECONDS)) {
                servers.destroyForcibly();
            }
        }
    }

    /**
     * Starts {@link FleetServers} in a process of its own (same JVM binary and classpath), which seeds {@code clusters}
     * embedded API servers; writes the tenant files to {@code tenants} and points the console at both (production
     * mode: {@code vigie.clusters.bench-N.master-url}, {@code vigie.tenants.dir}).
     */
    static Seeded start(DynamicPropertyRegistry registry, Path tenants, int count, int clusters, int services,
            int podsPerService) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process servers = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FleetServers.class.getName(), String.valueOf(count), String.valueOf(clusters), String.valueOf(services),
                String.valueOf(podsPerService)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(servers.getInputStream(), StandardCharsets.UTF_8));
        Map<String, String> announced = new HashMap<>();
        Duration seedTime = null;
        for (String line = output.readLine(); line != null && !line.equals(FleetServers.PREFIX + "ready");
                line = output.readLine()) {
            String[] words = line.split(" ");
            if (line.startsWith(FleetServers.PREFIX + "seeded ")) {
                seedTime = Duration.ofMillis(Long.parseLong(words[2]));
            } else if (line.startsWith(FleetServers.PREFIX)) {
                announced.put(words[words.length - 2], words[words.length - 1]);
            }
        }
        Thread.ofPlatform().daemon().name("fleet-servers-output").start(() -> output.lines().forEach(System.out::println));
        if (seedTime == null) {
            servers.destroyForcibly();
            throw new IllegalStateException("the fleet's servers stopped before they were ready: " + announced);
        }
        writeTenantFiles(Files.createDirectories(tenants), count, clusters, announced.get("health"));
        for (int c = 0; c < clusters; c++) {
            String url = announced.get(clusterName(c));
            registry.add("vigie.clusters." + clusterName(c) + ".master-url", () -> url);
        }
        registry.add("vigie.tenants.dir", tenants::toString);
        return new Seeded(servers, seedTime);
    }

    /** An embedded API server holding the tenants of one cluster, filled without HTTP. */
    public static EmbeddedKubernetesApi seeded(int tenants, int services, int podsPerService) {
        return seeded(0, 1, tenants, services, podsPerService);
    }

    static EmbeddedKubernetesApi seeded(int cluster, int clusters, int tenants, int services, int podsPerService) {
        KubernetesCrudDispatcher store = new PagedStore();
        StorePreload.preload(store, objects(cluster, clusters, tenants, services, podsPerService));
        return EmbeddedKubernetesApi.start(store);
    }

    /** One JSON merge patch of a Deployment's status, as its controller writes it: {@code ready} replicas ready and available. */
    static void setReady(KubernetesClient client, String namespace, String deployment, int ready) {
        client.apps().deployments().inNamespace(namespace).withName(deployment).subresource("status")
                .patch(PatchContext.of(PatchType.JSON_MERGE),
                        "{\"status\":{\"readyReplicas\":" + ready + ",\"availableReplicas\":" + ready + "}}");
    }

    static String clusterName(int index) {
        return "bench-" + (index + 1);
    }

    static String tenantName(int index) {
        return String.format("bench-%04d", index);
    }

    /** Replaces the directory's tenant files: a run at another size must not find the previous run's tenants. */
    static void writeTenantFiles(Path directory, int tenants, int clusters, String healthBase) throws IOException {
        try (var previous = Files.list(directory)) {
            for (Path file : previous.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.delete(file);
            }
        }
        for (int i = 0; i < tenants; i++) {
            String name = tenantName(i);
            StringBuilder yaml = new StringBuilder("""
                    apiVersion: vigie/v1
                    kind: Tenant
                    metadata:
                      name: %s
                    spec:
                      displayName: "Benchmark tenant %d"
                      authority: {kind: COUNTY, name: "County %d"}
                      region: %s
                      academies: [lyon]
                      counties: ["69"]
                      cluster: %s
                      namespace: ent-%s
                      urls: {public: "https://%s.example.fr/", health: "%s/%s/healthz"}
                      population: {students: 20000, teachers: 1600, parents: 26000}
                      capacity: {sessionsPerReplica: 600}
                      slo: {availability: 99.5, p95LatencyMs: 800}
                      quota: {cpu: "40", memory: 80Gi, pods: 60}
                      services:
                    """.formatted(name, i, i, REGIONS[i % REGIONS.length], clusterName(i % clusters), name, name, healthBase, name));
            for (String service : SERVICES) {
                yaml.append("    - {name: ").append(service).append(", priority: critical, minReplicas: 1, "
                        + "maxReplicas: 12, requests: {cpu: 500m, memory: 1Gi}}\n");
            }
            Files.writeString(directory.resolve(name + ".yaml"), yaml);
        }
    }

    /** The objects of the tenants that live in cluster {@code cluster} (every {@code clusters}-th one). */
    private static List<HasMetadata> objects(int cluster, int clusters, int tenants, int services, int podsPerService) {
        List<HasMetadata> objects = new ArrayList<>();
        for (int t = cluster; t < tenants; t += clusters) {
            String tenant = tenantName(t);
            objects.add(withManagedFields(new ResourceQuotaBuilder().withNewMetadata().withName("tenant-quota")
                    .withNamespace("ent-" + tenant).withLabels(Map.of(TenantLabels.TENANT, tenant)).endMetadata()
                    .withNewSpec().addToHard("pods", new Quantity("60")).endSpec()
                    .withNewStatus().addToHard("pods", new Quantity("60"))
                    .addToUsed("pods", new Quantity(String.valueOf(services * podsPerService))).endStatus()
                    .build()));
            for (int s = 0; s < services; s++) {
                String service = SERVICES[s];
                objects.add(withManagedFields(deployment(tenant, service, podsPerService)));
                for (int p = 0; p < podsPerService; p++) {
                    objects.add(withManagedFields(pod(tenant, service, p)));
                }
            }
        }
        return objects;
    }

    private static HasMetadata withManagedFields(HasMetadata object) {
        object.getMetadata().setManagedFields(List.of(new ManagedFieldsEntryBuilder().withManager("kubectl")
                .withOperation("Apply").withApiVersion("v1").withFieldsType("FieldsV1").build()));
        return object;
    }

    private static Deployment deployment(String tenant, String service, int replicas) {
        Map<String, String> labels = TenantLabels.of(tenant, service);
        return new DeploymentBuilder()
                .withNewMetadata().withName(service).withNamespace("ent-" + tenant).withLabels(labels)
                .addToAnnotations("kubectl.kubernetes.io/last-applied-configuration", "{\"apiVersion\":\"apps/v1\"," + "\"x\":\"" + "y".repeat(600) + "\"}")
                .endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().withMatchLabels(labels).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName(service).withImage("registry.example.fr/ent/" + service + ":2026.11")
                .withNewResources().addToRequests("cpu", new Quantity("500m")).addToRequests("memory", new Quantity("1Gi"))
                .endResources().endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(replicas).withReadyReplicas(replicas).withAvailableReplicas(replicas)
                .withUpdatedReplicas(replicas).endStatus()
                .build();
    }

    private static Pod pod(String tenant, String service, int index) {
        return new PodBuilder()
                .withNewMetadata().withName(service + "-" + index).withNamespace("ent-" + tenant)
                .withLabels(TenantLabels.of(tenant, service)).endMetadata()
                .withNewSpec().withNodeName("node-" + index)
                .addNewContainer().withName(service).withImage("registry.example.fr/ent/" + service + ":2026.11")
                .addNewEnv().withName("TENANT").withValue(tenant).endEnv()
                .addNewEnv().withName("JAVA_OPTS").withValue("-XX:MaxRAMPercentage=75").endEnv()
                .addNewVolumeMount().withName("config").withMountPath("/etc/ent").endVolumeMount()
                .withNewResources().addToRequests("cpu", new Quantity("500m")).addToRequests("memory", new Quantity("1Gi"))
                .endResources().endContainer()
                .addNewVolume().withName("config").withNewConfigMap().withName(service + "-config").endConfigMap().endVolume()
                .endSpec()
                .withNewStatus().withPhase("Running").withPodIP("10.42." + index + ".7").withHostIP("192.168.1." + index)
                .addNewCondition().withType("Ready").withStatus("True").endCondition()
                .addNewContainerStatus().withName(service).withReady(true).withRestartCount(0)
                .withImage("registry.example.fr/ent/" + service + ":2026.11").withImageID("sha256:" + "a".repeat(64))
                .withContainerID("containerd://" + "b".repeat(64)).endContainerStatus()
                .endStatus()
                .build();
    }
}
