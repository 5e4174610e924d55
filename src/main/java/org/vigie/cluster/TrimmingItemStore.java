package org.vigie.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.stream.Stream;

/**
 * The informer cache, minus what Vigie never reads: managed fields, the last-applied annotation,
 * a pod's spec and most of its status. With tens of thousands of pods this is most of the heap.
 */
final class TrimmingItemStore<T extends HasMetadata> implements ItemStore<T> {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private final BasicItemStore<T> store = new BasicItemStore<>(Cache::metaNamespaceKeyFunc);

    @Override
    public String getKey(T object) {
        return store.getKey(object);
    }

    @Override
    public T put(String key, T object) {
        return store.put(key, trim(object));
    }

    @Override
    public T remove(String key) {
        return store.remove(key);
    }

    @Override
    public Stream<String> keySet() {
        return store.keySet();
    }

    @Override
    public Stream<T> values() {
        return store.values();
    }

    @Override
    public int size() {
        return store.size();
    }

    @Override
    public T get(String key) {
        return store.get(key);
    }

    static <T extends HasMetadata> T trim(T object) {
        object.getMetadata().setManagedFields(null);
        if (object.getMetadata().getAnnotations() != null) {
            object.getMetadata().getAnnotations().remove(LAST_APPLIED);
        }
        if (object instanceof Pod pod) {
            trimPod(pod);
        } else if (object instanceof Deployment deployment && deployment.getSpec() != null
                && deployment.getSpec().getTemplate() != null) {
            deployment.getSpec().getTemplate().getMetadata().setAnnotations(null);
        }
        return object;
    }

    private static void trimPod(Pod pod) {
        pod.setSpec(null);
        PodStatus status = pod.getStatus();
        if (status != null) {
            status.setHostIP(null);
            status.setHostIPs(null);
            status.setPodIP(null);
            status.setPodIPs(null);
            status.setQosClass(null);
            status.setInitContainerStatuses(null);
            status.setEphemeralContainerStatuses(null);
            status.setResourceClaimStatuses(null);
            if (status.getContainerStatuses() != null) {
                status.getContainerStatuses().forEach(c -> {
                    c.setImageID(null);
                    c.setContainerID(null);
                    c.setVolumeMounts(null);
                    c.setAllocatedResources(null);
                    c.setResources(null);
                });
            }
        }
    }
}
