package org.vigie.onboarding.ui;

import java.util.Arrays;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts what a person typed into the tenant document without judging it: a whole number becomes a number,
 * anything else stays text for the tenant rules to refuse with the value shown, an empty input is left out
 * (the rules then say the field is missing). Nothing is trimmed to fit.
 */
final class DocumentValues {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}([.,]\\d{1,15})?");

    private DocumentValues() {
    }

    static void text(ObjectNode node, String key, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(key, value);
        }
    }

    /** A whole number; typed spaces between thousands ("40 000") are the only thing removed. */
    static void whole(ObjectNode node, String key, String value) {
        String digits = value == null ? "" : value.strip().replaceAll("(?<=\\d)[\\s\u00a0\u202f](?=\\d{3})", "");
        if (WHOLE.matcher(digits).matches()) {
            node.put(key, Long.parseLong(digits));
        } else {
            text(node, key, value);
        }
    }

    /** A decimal number, with a French comma or a point. */
    static void decimal(ObjectNode node, String key, String value) {
        String number = value == null ? "" : value.strip();
        if (DECIMAL.matcher(number).matches()) {
            node.put(key, Double.parseDouble(number.replace(',', '.')));
        } else {
            text(node, key, value);
        }
    }

    /** Items separated by commas (or spaces); an empty input leaves the list out. */
    static void list(ObjectNode node, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        ArrayNode array = node.putArray(key);
        Arrays.stream(value.split("[,;\\s]+")).filter(item -> !item.isEmpty()).forEach(array::add);
    }

    static String joined(java.util.List<String> items) {
        return String.join(", ", items);
    }
}
