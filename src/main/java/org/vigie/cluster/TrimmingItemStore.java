package org.vigie.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.stream.Stream;

/**
 * The informer cache, minus what Vigie never reads: pods and Deployments are kept as lean copies,
 * the other kinds without managed fields nor the last-applied annotation. With tens of thousands of
 * pods this is most of the heap.
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

    /** Pods and Deployments as {@link LeanCopies}; quotas and autoscalers (one or a few per tenant) trimmed. */
    @SuppressWarnings("unchecked")
    static <T extends HasMetadata> T trim(T object) {
        if (object instanceof Pod pod) {
            return (T) LeanCopies.pod(pod);
        }
        if (object instanceof Deployment deployment) {
            return (T) LeanCopies.deployment(deployment);
        }
        object.getMetadata().setManagedFields(null);
        if (object.getMetadata().getAnnotations() != null) {
            object.getMetadata().getAnnotations().remove(LAST_APPLIED);
        }
        return object;
    }
}
