package org.vigie.incident;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Fields read from a JSON object whose names are known; a field of the wrong type is refused by name. */
final class IncidentJson {

    private IncidentJson() {
    }

    static Declaration declaration(JsonNode body) {
        return new Declaration(text(body, "title"), text(body, "severity"), strings(body, "tenants"),
                strings(body, "services"), text(body, "summary"), text(body, "impactStartedAt"), text(body, "commander"));
    }

    static UpdateRequest update(JsonNode body) {
        return new UpdateRequest(text(body, "text"), bool(body, "public"), text(body, "state"), text(body, "commander"),
                text(body, "impactStartedAt"));
    }

    static String text(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node != null && !node.isString()) {
            throw IncidentRefused.field(name, abbreviated(node), "a string");
        }
        return node == null ? null : node.stringValue();
    }

    static List<String> strings(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray() || node.size() > IncidentValidation.MAX_TENANTS) {
            throw IncidentRefused.field(name, abbreviated(node), "an array of at most " + IncidentValidation.MAX_TENANTS
                    + " names");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw IncidentRefused.field(name, abbreviated(item), "names as strings");
            }
            values.add(item.stringValue());
        }
        return values;
    }

    private static boolean bool(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node != null && !node.isBoolean()) {
            throw IncidentRefused.field(name, abbreviated(node), "true or false");
        }
        return node != null && node.booleanValue();
    }

    private static JsonNode field(JsonNode body, String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
