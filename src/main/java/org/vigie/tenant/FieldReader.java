package org.vigie.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed values out of a YAML tree and records a {@link CatalogueProblem} for every field
 * that is missing, of the wrong type or outside what is allowed. Readers return {@code null}
 * (or an empty list) for a bad field so that validation goes on and reports every problem.
 */
final class FieldReader {

    private final String file;
    private final List<CatalogueProblem> problems = new ArrayList<>();

    FieldReader(String file) {
        this.file = file;
    }

    List<CatalogueProblem> problems() {
        return List.copyOf(problems);
    }

    void reject(String path, JsonNode value, String allowed) {
        problems.add(new CatalogueProblem(file, path, value == null ? null : render(value), allowed));
    }

    /** A mapping, checked for keys it does not allow (typos must not be silently ignored). */
    JsonNode object(JsonNode parent, String path, String key, boolean required, Set<String> allowedKeys) {
        JsonNode node = child(parent, key);
        String fieldPath = join(path, key);
        if (node == null) {
            if (required) {
                reject(fieldPath, null, "a mapping with " + String.join(", ", new TreeSet<>(allowedKeys)));
            }
            return null;
        }
        return checkedObject(node, fieldPath, allowedKeys);
    }

    JsonNode checkedObject(JsonNode node, String fieldPath, Set<String> allowedKeys) {
        if (!node.isObject()) {
            reject(fieldPath, node, "a mapping with " + String.join(", ", new TreeSet<>(allowedKeys)));
            return null;
        }
        for (String name : node.propertyNames()) {
            if (!allowedKeys.contains(name)) {
                reject(join(fieldPath, name), node.get(name),
                        "no field of that name here; allowed fields: " + String.join(", ", new TreeSet<>(allowedKeys)));
            }
        }
        return node;
    }

    String text(JsonNode parent, String path, String key, Pattern pattern, String allowed) {
        JsonNode node = required(parent, path, key, allowed);
        return node == null ? null : textValue(node, join(path, key), pattern, allowed);
    }

    String optionalText(JsonNode parent, String path, String key, Pattern pattern, String allowed) {
        JsonNode node = child(parent, key);
        return node == null ? null : textValue(node, join(path, key), pattern, allowed);
    }

    String textValue(JsonNode node, String fieldPath, Pattern pattern, String allowed) {
        if (!node.isString() || !pattern.matcher(node.stringValue()).matches()) {
            reject(fieldPath, node, allowed);
            return null;
        }
        return node.stringValue();
    }

    /** A Kubernetes quantity; YAML numbers are accepted too ({@code cpu: 96}). */
    String quantity(JsonNode parent, String path, String key, Pattern pattern, String allowed) {
        JsonNode node = required(parent, path, key, allowed);
        if (node == null) {
            return null;
        }
        String text = node.isNumber() || node.isString() ? node.asString() : null;
        if (text == null || !pattern.matcher(text).matches()) {
            reject(join(path, key), node, allowed);
            return null;
        }
        return text;
    }

    Long integer(JsonNode parent, String path, String key, long min, long max) {
        String allowed = "a whole number from " + min + " to " + max;
        JsonNode node = required(parent, path, key, allowed);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            reject(join(path, key), node, allowed);
            return null;
        }
        return node.asLong();
    }

    Double decimal(JsonNode parent, String path, String key, double minExclusive, double maxInclusive) {
        String allowed = "a number greater than " + minExclusive + " and at most " + maxInclusive;
        JsonNode node = required(parent, path, key, allowed);
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || node.asDouble() <= minExclusive || node.asDouble() > maxInclusive) {
            reject(join(path, key), node, allowed);
            return null;
        }
        return node.asDouble();
    }

    /** The field's node, or null after reporting it missing (unless its parent was, already). */
    private JsonNode required(JsonNode parent, String path, String key, String allowed) {
        JsonNode node = child(parent, key);
        if (node == null && parent != null) {
            reject(join(path, key), null, allowed);
        }
        return node;
    }

    boolean optionalBoolean(JsonNode parent, String path, String key) {
        JsonNode node = child(parent, key);
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            reject(join(path, key), node, "true or false");
            return false;
        }
        return node.booleanValue();
    }

    /** An enum spelled as in the YAML examples: lower case, or upper case for {@code upperCase} types. */
    <E extends Enum<E>> E enumValue(JsonNode parent, String path, String key, Class<E> type, E defaultValue,
            boolean upperCase) {
        JsonNode node = child(parent, key);
        String fieldPath = join(path, key);
        List<String> spellings = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            spellings.add(upperCase ? constant.name() : constant.name().toLowerCase(Locale.ROOT));
        }
        String allowed = "one of " + String.join(", ", spellings);
        if (node == null) {
            if (defaultValue == null && parent != null) {
                reject(fieldPath, null, allowed);
            }
            return defaultValue;
        }
        int index = node.isString() ? spellings.indexOf(node.stringValue()) : -1;
        if (index < 0) {
            reject(fieldPath, node, allowed);
            return null;
        }
        return type.getEnumConstants()[index];
    }

    /** A sequence whose items are read by {@code item}; bad items are reported and left out. */
    <T> List<T> list(JsonNode parent, String path, String key, boolean required, int minSize,
            ItemReader<T> item) {
        JsonNode node = child(parent, key);
        String fieldPath = join(path, key);
        if (node == null) {
            if (required) {
                reject(fieldPath, null, "a list of at least " + minSize + " item(s)");
            }
            return List.of();
        }
        if (!node.isArray() || node.size() < minSize) {
            reject(fieldPath, node, "a list of at least " + minSize + " item(s)");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        int index = 0;
        for (JsonNode element : node.values()) {
            T value = item.read(element, fieldPath + "[" + index++ + "]");
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    <T> List<T> textList(JsonNode parent, String path, String key, boolean required, Pattern pattern,
            String allowed, Function<String, T> mapping) {
        return list(parent, path, key, required, required ? 1 : 0, (element, itemPath) -> {
            String text = textValue(element, itemPath, pattern, allowed);
            return text == null ? null : mapping.apply(text);
        });
    }

    @FunctionalInterface
    interface ItemReader<T> {
        T read(JsonNode element, String itemPath);
    }

    private static JsonNode child(JsonNode parent, String key) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(key);
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String render(JsonNode value) {
        return value.isString() ? "\"" + value.stringValue() + "\"" : value.toString();
    }
}
