package org.vigie.incident;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.vigie.platform.PrintableText;

/** The checks of what people send, each refusal naming the field, the value and what is allowed. */
final class IncidentValidation {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 2000;
    static final int MAX_NAME = 100;
    static final int MAX_TENANTS = 500;

    private IncidentValidation() {
    }

    static String title(String title) {
        if (title == null || PrintableText.blank(title) || length(printable("title", title).strip()) > MAX_TITLE) {
            throw IncidentRefused.field("title", title == null ? null : shorten(title),
                    "1 to " + MAX_TITLE + " characters");
        }
        return title.strip();
    }

    static Severity severity(String severity) {
        return Arrays.stream(Severity.values()).filter(s -> s.name().equals(severity)).findFirst()
                .orElseThrow(() -> IncidentRefused.field("severity", severity, "one of SEV1, SEV2, SEV3"));
    }

    static IncidentState state(String state) {
        return Arrays.stream(IncidentState.values()).filter(s -> s.name().equalsIgnoreCase(String.valueOf(state)))
                .findFirst().orElseThrow(() -> IncidentRefused.field("state", state,
                        "one of investigating, identified, monitoring, resolved"));
    }

    /** Free text of a note, update or summary: printable, one line, at most {@link #MAX_TEXT}. */
    static String text(String field, String text, boolean required) {
        if (text == null || PrintableText.blank(text)) {
            if (required) {
                throw IncidentRefused.field(field, text, "1 to " + MAX_TEXT + " characters");
            }
            return "";
        }
        if (length(text) > MAX_TEXT) {
            throw IncidentRefused.field(field, length(text) + " characters", "at most " + MAX_TEXT);
        }
        return printable(field, text).strip();
    }

    static String name(String field, String name) {
        if (name == null || PrintableText.blank(name) || length(printable(field, name)) > MAX_NAME) {
            throw IncidentRefused.field(field, name == null ? null : shorten(name), "1 to " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    static List<String> names(String field, List<String> names, boolean required) {
        if (required && names.isEmpty()) {
            throw IncidentRefused.field(field, "[]", "at least one tenant of the catalogue");
        }
        if (names.size() > MAX_TENANTS) {
            throw IncidentRefused.field(field, names.size() + " names", "at most " + MAX_TENANTS);
        }
        names.forEach(n -> printable(field, n));
        return List.copyOf(new LinkedHashSet<>(names));
    }

    static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw IncidentRefused.field(field, shorten(printable(field, text)), "an ISO date-time with offset such as 2027-03-29T07:45+02:00");
        }
    }

    static String printable(String field, String text) {
        int at = PrintableText.firstUnprintable(text);
        if (at >= 0) {
            throw IncidentRefused.field(field, "with U+%04X at position %d".formatted((int) text.charAt(at), at + 1),
                    "printable text on one line");
        }
        return text;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
