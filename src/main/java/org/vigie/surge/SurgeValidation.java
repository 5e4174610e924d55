package org.vigie.surge;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import org.vigie.platform.PrintableText;

/** The checks of a draft's own fields, each refusal naming the field, the value and what is allowed. */
final class SurgeValidation {

    static final int MAX_NAME = 100;
    static final int MAX_INCIDENT = 200;
    static final int MAX_SCOPE = 5000;
    static final Duration FURTHEST_START = Duration.ofDays(366);

    private SurgeValidation() {
    }

    static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw SurgeRefused.field("name", name, "1 to " + MAX_NAME + " characters");
        }
        printable("name", name);
        return name.strip();
    }

    static String incident(String incident) {
        if (incident == null || incident.isBlank()) {
            return null;
        }
        if (incident.length() > MAX_INCIDENT) {
            throw SurgeRefused.field("incident", incident.length() + " characters", "at most " + MAX_INCIDENT);
        }
        printable("incident", incident);
        return incident.strip();
    }

    static LoadProfile profile(SurgeDraft draft) {
        if (draft.preset() != null && draft.multiplier() != null) {
            throw SurgeRefused.field("multiplier", draft.multiplier(), "no multiplier with a preset: the preset sets it");
        }
        double multiplier = draft.preset() != null ? 1 : multiplier("multiplier", draft.multiplier());
        draft.tenantMultipliers().forEach((k, v) -> multiplier("tenantMultipliers." + k, v));
        draft.regionMultipliers().forEach((k, v) -> multiplier("regionMultipliers." + k, v));
        return new LoadProfile(multiplier, draft.regionMultipliers(), draft.tenantMultipliers());
    }

    static SurgePreset preset(String preset) {
        if (preset == null) {
            return null;
        }
        return Arrays.stream(SurgePreset.values()).filter(p -> p.name().equals(preset) || p.label().equals(preset))
                .findFirst().orElseThrow(() -> SurgeRefused.field("preset", preset, "one of "
                        + Arrays.toString(SurgePreset.values())));
    }

    static double multiplier(String field, Double value) {
        if (value == null || value.isNaN() || value < LoadProfile.MIN || value > LoadProfile.MAX) {
            throw SurgeRefused.field(field, value, "a number from " + LoadProfile.MIN + " to " + LoadProfile.MAX
                    + " (3 for a closure day)");
        }
        return value;
    }

    static SurgeWindow window(SurgeDraft draft, Instant now) {
        ZoneId zone = zone(draft.timeZone());
        if (draft.start() == null && draft.end() == null) {
            return SurgeWindow.untilReverted(zone);
        }
        if (draft.start() == null || draft.end() == null) {
            throw SurgeRefused.field(draft.start() == null ? "start" : "end", null,
                    "both 'start' and 'end', or neither for a plan that holds until reverted");
        }
        Instant start = instant("start", draft.start(), zone);
        Instant end = instant("end", draft.end(), zone);
        if (Duration.between(now, start).compareTo(FURTHEST_START) > 0) {
            throw SurgeRefused.field("start", draft.start(), "within " + FURTHEST_START.toDays() + " days from now");
        }
        if (!end.isAfter(start)) {
            throw SurgeRefused.field("end", draft.end(), "a moment after 'start' (" + draft.start() + ")");
        }
        if (!end.isAfter(now)) {
            throw SurgeRefused.field("end", draft.end(), "a moment in the future");
        }
        if (Duration.between(start, end).compareTo(SurgeWindow.LONGEST) > 0) {
            throw SurgeRefused.field("end", draft.end(), "at most " + SurgeWindow.LONGEST.toDays() + " days after 'start'");
        }
        return new SurgeWindow(start, end, zone);
    }

    static void scope(SurgeDraft draft) {
        if (draft.tenants().isEmpty() && draft.regions().isEmpty()) {
            throw SurgeRefused.field("tenants", "[]", "at least one tenant in 'tenants' or one region in 'regions'");
        }
        if (draft.tenants().size() + draft.regions().size() > MAX_SCOPE) {
            throw SurgeRefused.field("tenants", draft.tenants().size() + " tenants and " + draft.regions().size()
                    + " regions", "at most " + MAX_SCOPE + " in all");
        }
        for (Map.Entry<String, Double> e : draft.tenantMultipliers().entrySet()) {
            if (!draft.tenants().contains(e.getKey()) && draft.regions().isEmpty()) {
                throw SurgeRefused.field("tenantMultipliers", e.getKey(), "a tenant the plan covers");
            }
        }
    }

    private static ZoneId zone(String zone) {
        if (zone == null) {
            return SurgeWindow.DEFAULT_ZONE;
        }
        try {
            if (!zone.contains("/") && !zone.equals("UTC")) {
                throw new DateTimeException("offset or abbreviation");
            }
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw SurgeRefused.field("timeZone", zone, "a time zone of the IANA database such as Europe/Paris");
        }
    }

    private static Instant instant(String field, String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw SurgeRefused.field(field, text, "an ISO date-time such as 2027-03-29T07:00 (in 'timeZone') "
                        + "or 2027-03-29T07:00+02:00");
            }
        }
    }

    private static void printable(String field, String text) {
        int at = PrintableText.firstUnprintable(text);
        if (at >= 0) {
            throw SurgeRefused.field(field, "with U+%04X at position %d".formatted((int) text.charAt(at), at + 1),
                    "printable text on one line");
        }
    }
}
