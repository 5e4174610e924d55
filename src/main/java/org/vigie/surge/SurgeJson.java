package org.vigie.surge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A draft read from a JSON object whose fields are known; a field of the wrong type is refused by name. */
final class SurgeJson {

    private SurgeJson() {
    }

    static SurgeDraft draft(JsonNode body) {
        return new SurgeDraft(text(body, "name"), number(body, "multiplier"), text(body, "preset"),
                strings(body, "tenants"), strings(body, "regions"), numbers(body, "tenantMultipliers"),
                numbers(body, "regionMultipliers"), text(body, "start"), text(body, "end"), text(body, "timeZone"),
                text(body, "incident"), bool(body, "shedEssential"));
    }

    static UUID id(String id) {
        try {
            if (id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw SurgeRefused.field("id", id, "a plan id as returned when it was created (a UUID)");
    }

    private static JsonNode field(JsonNode body, String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private static String text(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node != null && !node.isString()) {
            throw SurgeRefused.field(name, node.toString(), "a string");
        }
        return node == null ? null : node.stringValue();
    }

    private static Double number(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node != null && !node.isNumber()) {
            throw SurgeRefused.field(name, node.toString(), "a number");
        }
        return node == null ? null : node.doubleValue();
    }

    private static boolean bool(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node != null && !node.isBoolean()) {
            throw SurgeRefused.field(name, node.toString(), "true or false");
        }
        return node != null && node.booleanValue();
    }

    private static List<String> strings(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray() || node.size() > SurgeValidation.MAX_SCOPE) {
            throw SurgeRefused.field(name, abbreviated(node), "an array of at most " + SurgeValidation.MAX_SCOPE + " names");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw SurgeRefused.field(name, abbreviated(item), "names as strings");
            }
            if (!values.contains(item.stringValue())) {
                values.add(item.stringValue());
            }
        }
        return values;
    }

    private static Map<String, Double> numbers(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw SurgeRefused.field(name, abbreviated(node), "an object of names to multipliers");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String key : node.propertyNames()) {
            values.put(key, number(node, key));
        }
        return values;
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
