package org.vigie.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds a watch that silently stopped delivering events: objects listed afresh are compared with
 * the informer's cache. A difference can be an event still on its way; the same difference (same
 * object, same listed version) still there one check later is a stalled watch. While any difference
 * is pending the cache is suspect and must not be confirmed.
 */
final class StallDetector {

    private static final String ABSENT = "absent";

    private Map<String, String> suspects = Map.of();

    /** True when a difference seen at the previous check is still there. */
    synchronized boolean stalled(List<? extends HasMetadata> listed, List<? extends HasMetadata> cached) {
        Map<String, String> differences = differences(listed, cached);
        boolean stalled = differences.entrySet().stream()
                .anyMatch(difference -> difference.getValue().equals(suspects.get(difference.getKey())));
        suspects = differences;
        return stalled;
    }

    synchronized boolean suspect() {
        return !suspects.isEmpty();
    }

    private static Map<String, String> differences(List<? extends HasMetadata> listed,
            List<? extends HasMetadata> cached) {
        Map<String, String> inCache = versions(cached);
        Map<String, String> differences = new HashMap<>();
        versions(listed).forEach((key, version) -> {
            if (!Objects.equals(inCache.remove(key), version)) {
                differences.put(key, version);
            }
        });
        inCache.keySet().forEach(key -> differences.put(key, ABSENT));
        return differences;
    }

    private static Map<String, String> versions(List<? extends HasMetadata> objects) {
        Map<String, String> versions = new HashMap<>();
        objects.forEach(object -> versions.put(object.getMetadata().getNamespace() + "/"
                + object.getMetadata().getName(), object.getMetadata().getResourceVersion()));
        return versions;
    }
}
