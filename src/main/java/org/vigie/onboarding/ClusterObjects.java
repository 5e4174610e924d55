package org.vigie.onboarding;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes one planned object. Writes are create-if-absent, else a JSON merge patch of the
 * wanted fields: both work on a real API server and on fabric8's mock in CRUD mode, which has no
 * server-side apply (decision 0020).
 */
final class ClusterObjects {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClusterObjects() {
    }

    static String json(HasMetadata object) {
        return SERIALIZATION.asJson(object);
    }

    static String json(List<HasMetadata> objects) {
        return SERIALIZATION.asJson(objects);
    }

    static List<HasMetadata> objects(String json) {
        return JSON.readTree(json).valueStream().map(node -> (HasMetadata) SERIALIZATION.unmarshal(node.toString()))
                .toList();
    }

    static JsonNode tree(HasMetadata object) {
        return JSON.readTree(json(object));
    }

    static HasMetadata existing(KubernetesClient client, HasMetadata wanted) {
        return client.resource(wanted).get();
    }

    /** Creates the object, marked with the run that created it. */
    static void create(KubernetesClient client, HasMetadata wanted, String runId) {
        var annotations = new java.util.LinkedHashMap<String, String>();
        if (wanted.getMetadata().getAnnotations() != null) {
            annotations.putAll(wanted.getMetadata().getAnnotations());
        }
        annotations.put(ObjectDiff.RUN_ANNOTATION, runId);
        wanted.getMetadata().setAnnotations(annotations);
        client.resource(wanted).create();
    }

    static void patch(KubernetesClient client, HasMetadata wanted) {
        client.resource(wanted).patch(PatchContext.of(PatchType.JSON_MERGE), json(wanted));
    }

    static void delete(KubernetesClient client, HasMetadata object) {
        client.resource(object).delete();
    }

    static String runOf(HasMetadata object) {
        var annotations = object.getMetadata().getAnnotations();
        return annotations == null ? null : annotations.get(ObjectDiff.RUN_ANNOTATION);
    }
}
