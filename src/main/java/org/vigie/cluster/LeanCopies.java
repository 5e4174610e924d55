package org.vigie.cluster;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The copy of a Pod or a Deployment that the informer cache keeps: only the fields Vigie reads (names,
 * its own labels and annotations, replica counts, readiness, container states, requests), the strings that
 * repeat from object to object shared, and no per-object {@code additionalProperties} map. At 125,000 pods
 * this is what keeps the whole fleet in a 1 GiB heap.
 */
final class LeanCopies {

    private static final String VIGIE_PREFIX = "vigie.io/";
    private static final Map<String, Object> NONE = Map.of();
    private static final ClassValue<List<Field>> COLLECTIONS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return Arrays.stream(type.getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()))
                    .filter(f -> List.class.isAssignableFrom(f.getType()) || Map.class.isAssignableFrom(f.getType()))
                    .map(f -> {
                        f.setAccessible(true);
                        return f;
                    }).toList();
        }
    };

    private LeanCopies() {
    }

    static Pod pod(Pod full) {
        Pod pod = new Pod();
        pod.setMetadata(metadata(full.getMetadata()));
        PodStatus status = full.getStatus();
        if (status != null) {
            PodStatus lean = new PodStatus();
            lean.setPhase(shared(status.getPhase()));
            lean.setConditions(map(status.getConditions(), LeanCopies::condition));
            lean.setContainerStatuses(map(status.getContainerStatuses(), LeanCopies::containerStatus));
            pod.setStatus(compact(lean));
        }
        return compact(pod);
    }

    static Deployment deployment(Deployment full) {
        Deployment deployment = new Deployment();
        deployment.setMetadata(metadata(full.getMetadata()));
        DeploymentSpec spec = full.getSpec();
        if (spec != null) {
            DeploymentSpec lean = new DeploymentSpec();
            lean.setReplicas(spec.getReplicas());
            lean.setTemplate(template(spec.getTemplate()));
            deployment.setSpec(compact(lean));
        }
        DeploymentStatus status = full.getStatus();
        if (status != null) {
            DeploymentStatus lean = new DeploymentStatus();
            lean.setReplicas(status.getReplicas());
            lean.setReadyReplicas(status.getReadyReplicas());
            lean.setAvailableReplicas(status.getAvailableReplicas());
            lean.setUpdatedReplicas(status.getUpdatedReplicas());
            lean.setUnavailableReplicas(status.getUnavailableReplicas());
            lean.setObservedGeneration(status.getObservedGeneration());
            deployment.setStatus(compact(lean));
        }
        return compact(deployment);
    }

    private static ObjectMeta metadata(ObjectMeta full) {
        ObjectMeta meta = new ObjectMeta();
        if (full == null) {
            return compact(meta);
        }
        meta.setName(full.getName());
        meta.setNamespace(shared(full.getNamespace()));
        meta.setResourceVersion(full.getResourceVersion());
        meta.setGeneration(full.getGeneration());
        meta.setLabels(vigieOnly(full.getLabels()));
        meta.setAnnotations(vigieOnly(full.getAnnotations()));
        return compact(meta);
    }

    /** Labels and annotations under {@code vigie.io/} (tenant, service, the demo's drills); null when none. */
    private static Map<String, String> vigieOnly(Map<String, String> all) {
        if (all == null) {
            return null;
        }
        Map<String, String> kept = all.entrySet().stream().filter(e -> e.getKey().contains(VIGIE_PREFIX))
                .collect(Collectors.toUnmodifiableMap(e -> shared(e.getKey()), e -> shared(e.getValue())));
        return kept.isEmpty() ? null : kept;
    }

    private static PodTemplateSpec template(PodTemplateSpec full) {
        if (full == null) {
            return null;
        }
        PodTemplateSpec template = new PodTemplateSpec();
        template.setMetadata(metadata(full.getMetadata()));
        if (full.getSpec() != null) {
            PodSpec spec = new PodSpec();
            spec.setContainers(map(full.getSpec().getContainers(), LeanCopies::container));
            template.setSpec(compact(spec));
        }
        return compact(template);
    }

    private static Container container(Container full) {
        Container container = new Container();
        container.setName(shared(full.getName()));
        container.setImage(shared(full.getImage()));
        ResourceRequirements resources = full.getResources();
        if (resources != null) {
            ResourceRequirements lean = new ResourceRequirements();
            lean.setRequests(quantities(resources.getRequests()));
            lean.setLimits(quantities(resources.getLimits()));
            container.setResources(compact(lean));
        }
        return compact(container);
    }

    private static Map<String, Quantity> quantities(Map<String, Quantity> all) {
        return all == null ? null : Map.copyOf(all);
    }

    private static PodCondition condition(PodCondition full) {
        PodCondition condition = new PodCondition();
        condition.setType(shared(full.getType()));
        condition.setStatus(shared(full.getStatus()));
        return compact(condition);
    }

    private static ContainerStatus containerStatus(ContainerStatus full) {
        ContainerStatus status = new ContainerStatus();
        status.setName(shared(full.getName()));
        status.setReady(full.getReady());
        status.setRestartCount(full.getRestartCount());
        status.setState(waiting(full.getState()));
        status.setLastState(terminated(full.getLastState()));
        return compact(status);
    }

    /** Only a waiting state's reason is read (CrashLoopBackOff); running and terminated states are dropped. */
    private static ContainerState waiting(ContainerState full) {
        if (full == null || full.getWaiting() == null) {
            return null;
        }
        ContainerStateWaiting waiting = new ContainerStateWaiting();
        waiting.setReason(shared(full.getWaiting().getReason()));
        ContainerState state = new ContainerState();
        state.setWaiting(compact(waiting));
        return compact(state);
    }

    /** Only the last termination's reason and end are read (OOMKilled, restarted recently). */
    private static ContainerState terminated(ContainerState full) {
        if (full == null || full.getTerminated() == null) {
            return null;
        }
        ContainerStateTerminated terminated = new ContainerStateTerminated();
        terminated.setReason(shared(full.getTerminated().getReason()));
        terminated.setFinishedAt(full.getTerminated().getFinishedAt());
        ContainerState state = new ContainerState();
        state.setTerminated(compact(terminated));
        return compact(state);
    }

    /**
     * fabric8's model objects allocate every list and map field up front: the empty ones become null and
     * {@code additionalProperties} one shared empty map (about 30 empty collections less per pod).
     */
    private static <T> T compact(T object) {
        try {
            for (Field field : COLLECTIONS.get(object.getClass())) {
                Object value = field.get(object);
                if (field.getName().equals("additionalProperties")) {
                    field.set(object, NONE);
                } else if (value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
                    field.set(object, null);
                }
            }
            return object;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("fabric8 model fields are reachable on the class path", e);
        }
    }

    private static <F, L> List<L> map(List<F> all, Function<F, L> lean) {
        return all == null ? null : all.stream().map(lean).toList();
    }

    /** One instance of each namespace, label, phase or reason string, however many objects carry it. */
    private static String shared(String text) {
        return text == null ? null : text.intern();
    }
}
