package org.vigie.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields of a wanted object that the cluster's copy does not hold as wanted. Only the wanted
 * leaves are compared (list items by position), so what the API server adds (defaults, status,
 * resourceVersion) is never a change.
 */
final class ObjectDiff {

    /** Set once, by the run that creates the object; never a reason to update it. */
    static final String RUN_ANNOTATION = "vigie.io/onboarding-run";
    private static final Set<String> IGNORED = Set.of("/status", "/metadata/annotations/" + escape(RUN_ANNOTATION));

    private ObjectDiff() {
    }

    static List<FieldChange> changes(JsonNode wanted, JsonNode existing) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", wanted, existing, changes);
        return changes;
    }

    private static void compare(String path, JsonNode wanted, JsonNode existing, List<FieldChange> changes) {
        if (IGNORED.contains(path) || wanted == null || wanted.isNull()) {
            return;
        }
        if (wanted.isObject()) {
            for (Map.Entry<String, JsonNode> field : wanted.properties()) {
                compare(path + "/" + escape(field.getKey()), field.getValue(),
                        existing == null || !existing.isObject() ? null : existing.get(field.getKey()), changes);
            }
        } else if (wanted.isArray()) {
            int existingSize = existing != null && existing.isArray() ? existing.size() : 0;
            for (int i = 0; i < wanted.size(); i++) {
                compare(path + "/" + i, wanted.get(i), i < existingSize ? existing.get(i) : null, changes);
            }
            if (existingSize > wanted.size()) {
                changes.add(new FieldChange(path, existing.toString(), wanted.toString()));
            }
        } else if (existing == null || !sameScalar(wanted, existing)) {
            changes.add(new FieldChange(path, existing == null || existing.isNull() ? null : text(existing), text(wanted)));
        }
    }

    /** A quantity the server normalised ("1000m" → "1") or a number sent as text still counts as equal. */
    private static boolean sameScalar(JsonNode wanted, JsonNode existing) {
        return wanted.equals(existing) || text(wanted).equals(text(existing));
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : node.toString();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
