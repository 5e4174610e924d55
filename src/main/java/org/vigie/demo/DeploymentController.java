package org.vigie.demo;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.vigie.cluster.ClusterCache;
import org.vigie.cluster.TenantLabels;
import org.vigie.tenant.Tenant;

/**
 * The Deployment controller and the kubelet of the demo: {@code readinessDelay} after the spec
 * changes, the status follows it, and the service has one pod per desired replica, ready or pending.
 * A Deployment annotated {@value #FAULT_ANNOTATION}={@code unavailable} keeps no ready replica.
 */
final class DeploymentController {

    static final String FAULT_ANNOTATION = "demo.vigie.io/fault";
    private static final String POD_SUFFIX_LETTERS = "bcdfghjklmnpqrstvwxz2456789";

    private final Duration readinessDelay;
    private final Map<String, Instant> waitingSince = new ConcurrentHashMap<>();

    DeploymentController(Duration readinessDelay) {
        this.readinessDelay = readinessDelay;
    }

    void reconcile(Tenant tenant, ClusterCache cache, KubernetesClient client, Instant now) {
        Map<String, List<Pod>> pods = cache.pods(tenant.name()).stream()
                .filter(p -> DemoSimulator.inNamespace(tenant, p) && TenantLabels.serviceOf(p) != null)
                .collect(java.util.stream.Collectors.groupingBy(TenantLabels::serviceOf));
        for (Deployment deployment : cache.deployments(tenant.name())) {
            if (DemoSimulator.inNamespace(tenant, deployment)) {
                int ready = rollOut(deployment, client, now);
                runPods(deployment, pods.getOrDefault(deployment.getMetadata().getName(), List.of()), ready, client);
            }
        }
    }

    /** Returns the number of replicas now ready. */
    private int rollOut(Deployment deployment, KubernetesClient client, Instant now) {
        String key = deployment.getMetadata().getNamespace() + "/" + deployment.getMetadata().getName();
        int desired = Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
        int target = faulty(deployment) ? 0 : desired;
        DeploymentStatus status = deployment.getStatus();
        int ready = status == null ? 0 : Objects.requireNonNullElse(status.getReadyReplicas(), 0);
        int replicas = status == null ? 0 : Objects.requireNonNullElse(status.getReplicas(), 0);
        if (ready == target && replicas == desired) {
            waitingSince.remove(key);
            return ready;
        }
        Instant since = waitingSince.computeIfAbsent(key, k -> now);
        boolean scalingDown = target < ready;
        if (!scalingDown && since.plus(readinessDelay).isAfter(now)) {
            return ready;
        }
        long generation = Objects.requireNonNullElse(deployment.getMetadata().getGeneration(), 1L);
        client.apps().deployments().inNamespace(deployment.getMetadata().getNamespace())
                .withName(deployment.getMetadata().getName())
                .editStatus(d -> {
                    d.setStatus(new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder()
                            .withReplicas(desired).withUpdatedReplicas(desired)
                            .withReadyReplicas(target).withAvailableReplicas(target)
                            .withUnavailableReplicas(desired - target)
                            .withObservedGeneration(generation)
                            .build());
                    return d;
                });
        waitingSince.remove(key);
        return target;
    }

    private static boolean faulty(Deployment deployment) {
        Map<String, String> annotations = deployment.getMetadata().getAnnotations();
        return annotations != null && "unavailable".equals(annotations.get(FAULT_ANNOTATION));
    }

    private static void runPods(Deployment deployment, List<Pod> current, int ready, KubernetesClient client) {
        int desired = Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
        String namespace = deployment.getMetadata().getNamespace();
        List<Pod> pods = current.stream().sorted(Comparator.comparing(p -> p.getMetadata().getName())).toList();
        for (int i = desired; i < pods.size(); i++) {
            client.pods().inNamespace(namespace).withName(pods.get(i).getMetadata().getName()).delete();
        }
        for (int i = pods.size(); i < desired; i++) {
            client.pods().inNamespace(namespace).resource(newPod(deployment, i < ready)).create();
        }
        for (int i = 0; i < Math.min(desired, pods.size()); i++) {
            Pod pod = pods.get(i);
            boolean shouldBeReady = i < ready;
            if (isReady(pod) != shouldBeReady) {
                client.pods().inNamespace(namespace).withName(pod.getMetadata().getName())
                        .editStatus(p -> new PodBuilder(p).withStatus(status(deployment, shouldBeReady)).build());
            }
        }
    }

    /** The pods of a Deployment that is already running: one ready pod per replica. */
    static void startPods(Deployment deployment, KubernetesClient client) {
        int replicas = Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
        for (int i = 0; i < replicas; i++) {
            client.pods().inNamespace(deployment.getMetadata().getNamespace()).resource(newPod(deployment, true)).create();
        }
    }

    private static Pod newPod(Deployment deployment, boolean ready) {
        String service = deployment.getMetadata().getName();
        return new PodBuilder()
                .withNewMetadata()
                .withName(service + "-" + suffix())
                .withNamespace(deployment.getMetadata().getNamespace())
                .withLabels(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .endMetadata()
                .withSpec(deployment.getSpec().getTemplate().getSpec())
                .withStatus(status(deployment, ready))
                .build();
    }

    private static PodStatus status(Deployment deployment, boolean ready) {
        String container = deployment.getMetadata().getName();
        return new PodStatusBuilder()
                .withPhase(ready ? "Running" : "Pending")
                .addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition()
                .withContainerStatuses(new ContainerStatusBuilder().withName(container).withReady(ready)
                        .withRestartCount(0).build())
                .build();
    }

    static boolean isReady(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions() != null
                && pod.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static String suffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            suffix.append(POD_SUFFIX_LETTERS.charAt(ThreadLocalRandom.current().nextInt(POD_SUFFIX_LETTERS.length())));
        }
        return suffix.toString();
    }
}
