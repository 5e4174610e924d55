package org.vigie.benchmark;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Fills an embedded API server's store as its create handler would (uid, resource version, generation,
 * creation time, stored under the same keys) without a request per object: each create over HTTP scans
 * the whole store first, so 155,000 objects took tens of minutes. Clients then list and watch them over
 * HTTP like any others.
 */
final class StorePreload {

    private StorePreload() {
    }

    static void preload(KubernetesCrudDispatcher store, List<? extends HasMetadata> objects) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        for (HasMetadata object : objects) {
            ObjectMeta metadata = object.getMetadata();
            metadata.setUid(UUID.randomUUID().toString());
            metadata.setResourceVersion(String.valueOf(store.requestResourceVersion()));
            metadata.setGeneration(1L);
            metadata.setCreationTimestamp(now);
            String path = collectionPath(object);
            GenericKubernetesResource keyed = new GenericKubernetesResource();
            keyed.setApiVersion(object.getApiVersion());
            keyed.setKind(object.getKind());
            keyed.setMetadata(metadata);
            store.processEvent(path, store.getKey(path), null, keyed, Serialization.asJson(object));
        }
    }

    private static String collectionPath(HasMetadata object) {
        String apiVersion = object.getApiVersion();
        return (apiVersion.contains("/") ? "/apis/" : "/api/") + apiVersion + "/namespaces/"
                + object.getMetadata().getNamespace() + "/" + HasMetadata.getPlural(object.getClass());
    }
}
