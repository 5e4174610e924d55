package org.vigie.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurgeValidationTest {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    static SurgeDraft draft(String start, String end, String zone) {
        return new SurgeDraft("Rentrée", 1.5, null, List.of("t"), List.of(), Map.of(), Map.of(), start, end, zone, null,
                false);
    }

    @Test
    void a_local_time_in_the_spring_gap_moves_forward_and_an_autumn_one_takes_the_earlier_offset() {
        SurgeWindow spring = SurgeValidation.window(draft("2027-03-28T02:30", "2027-03-28T09:00", null), NOW);
        assertThat(spring.start()).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(spring.zone().getId()).isEqualTo("Europe/Paris");

        SurgeWindow autumn = SurgeValidation.window(draft("2027-10-31T02:30", "2027-10-31T09:00", null), NOW);
        assertThat(autumn.start()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    void a_date_time_with_an_offset_is_taken_as_it_is_and_the_zone_only_reads_it() {
        SurgeWindow window = SurgeValidation.window(draft("2027-03-29T07:00+02:00", "2027-03-29T12:00Z",
                "America/Cayenne"), NOW);
        assertThat(window.start()).isEqualTo(Instant.parse("2027-03-29T05:00:00Z"));
        assertThat(window.zone().getId()).isEqualTo("America/Cayenne");
    }

    @Test
    void hostile_or_wrong_windows_are_refused_naming_the_field() {
        assertRefused(() -> SurgeValidation.window(draft("2027-03-29T07:00", null, null), NOW), "field 'end': missing");
        assertRefused(() -> SurgeValidation.window(draft("2027-03-29T07:00", "2027-03-29T06:00", null), NOW),
                "field 'end': value \"2027-03-29T06:00\" is not allowed; expected a moment after 'start'");
        assertRefused(() -> SurgeValidation.window(draft("2027-02-01T07:00", "2027-02-02T06:00", null), NOW),
                "expected a moment in the future");
        assertRefused(() -> SurgeValidation.window(draft("2027-03-02T07:00", "2027-05-02T06:00", null), NOW),
                "at most 31 days after 'start'");
        assertRefused(() -> SurgeValidation.window(draft("lundi", "2027-05-02T06:00", null), NOW), "field 'start'");
        assertRefused(() -> SurgeValidation.window(draft("+999999999-12-31T23:59", "2027-05-02T06:00", null), NOW),
                "field 'start'");
        for (String zone : new String[] {"+02:00", "CET", "Mars/Olympus", "Europe/../etc/passwd", ""}) {
            assertRefused(() -> SurgeValidation.window(draft(null, null, zone), NOW), "field 'timeZone'");
        }
    }

    @Test
    void hostile_names_multipliers_and_presets_are_refused_naming_the_field() {
        assertRefused(() -> SurgeValidation.name(" "), "field 'name': value \" \" is not allowed; expected 1 to 100");
        assertRefused(() -> SurgeValidation.name("x".repeat(101)), "field 'name'");
        assertRefused(() -> SurgeValidation.name("Rentr\u202Eée"), "U+202E at position 6");
        assertRefused(() -> SurgeValidation.name("a\nb"), "U+000A");
        assertRefused(() -> SurgeValidation.incident("INC\u0000"), "field 'incident'");
        assertThat(SurgeValidation.name("  Rentrée 🏫 ")).isEqualTo("Rentrée 🏫");
        for (Double bad : new Double[] {null, Double.NaN, 0.0, -3.0, 20.5, Double.POSITIVE_INFINITY}) {
            assertRefused(() -> SurgeValidation.multiplier("multiplier", bad), "field 'multiplier'");
        }
        assertRefused(() -> SurgeValidation.preset("rentree"), "field 'preset'");
        assertThat(SurgeValidation.preset("fermeture ×3")).isEqualTo(SurgePreset.FERMETURE_X3);
        assertRefused(() -> SurgeValidation.scope(new SurgeDraft("x", 2.0, null, List.of(), List.of(), Map.of(),
                Map.of(), null, null, null, null, false)), "field 'tenants'");
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String part) {
        assertThatThrownBy(call).isInstanceOf(SurgeRefused.class).hasMessageContaining(part);
    }
}
