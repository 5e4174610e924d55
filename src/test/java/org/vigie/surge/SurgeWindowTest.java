package org.vigie.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SurgeWindowTest {

    static SurgeWindow window(String start, String end) {
        return new SurgeWindow(Instant.parse(start), Instant.parse(end), SurgeWindow.DEFAULT_ZONE);
    }

    @Test
    void the_share_of_the_peak_is_the_busiest_hour_of_the_window_in_its_own_zone() {
        // Monday 29 March 2027, 07:00 to 09:00 in Paris (UTC+2): the 08:00 peak.
        assertThat(window("2027-03-29T05:00:00Z", "2027-03-29T07:00:00Z").peakShare()).isEqualTo(1.0);
        // Saturday evening 20:00 to 22:00 in Paris: 0.35 × 0.3 for a weekend.
        assertThat(window("2027-03-27T19:00:00Z", "2027-03-27T21:00:00Z").peakShare()).isCloseTo(0.105,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SurgeWindow.untilReverted(SurgeWindow.DEFAULT_ZONE).peakShare()).isEqualTo(1.0);
    }

    @Test
    void windows_overlap_when_they_share_a_moment_and_a_plan_until_reverted_overlaps_all() {
        SurgeWindow monday = window("2027-03-29T05:00:00Z", "2027-03-29T07:00:00Z");
        assertThat(monday.overlaps(window("2027-03-29T06:59:00Z", "2027-03-29T09:00:00Z"))).isTrue();
        assertThat(monday.overlaps(window("2027-03-29T07:00:00Z", "2027-03-29T09:00:00Z"))).isFalse();
        assertThat(monday.overlaps(SurgeWindow.untilReverted(SurgeWindow.DEFAULT_ZONE))).isTrue();
        assertThat(monday.holdsAt(Instant.parse("2027-03-29T07:00:00Z"))).isFalse();
        assertThat(monday.endedAt(Instant.parse("2027-03-29T07:00:00Z"))).isTrue();
    }

    @Test
    void the_calendar_of_a_window_across_the_spring_dst_change_shows_the_lost_hour() {
        // Saturday 27 March 2027 20:00 (UTC+1) to Sunday 28 March 08:00 (UTC+2): 11 hours, not 12.
        SurgeWindow night = window("2027-03-27T19:00:00Z", "2027-03-28T06:00:00Z");

        List<SurgeCalendar.Day> days = SurgeCalendar.preview(night, Instant.parse("2027-03-26T12:00:00Z"));

        assertThat(days).hasSize(14);
        assertThat(days.getFirst().date()).isEqualTo(LocalDate.of(2027, 3, 26));
        assertThat(days.getFirst().active()).isFalse();
        assertThat(days.get(1)).extracting(SurgeCalendar.Day::from, SurgeCalendar.Day::to, SurgeCalendar.Day::fromOffset,
                SurgeCalendar.Day::activeMinutes).containsExactly(LocalTime.of(20, 0), null, ZoneOffset.ofHours(1), 240L);
        assertThat(days.get(2)).extracting(SurgeCalendar.Day::from, SurgeCalendar.Day::to, SurgeCalendar.Day::fromOffset,
                SurgeCalendar.Day::toOffset, SurgeCalendar.Day::activeMinutes).containsExactly(LocalTime.MIDNIGHT,
                        LocalTime.of(8, 0), ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), 420L);
        assertThat(days.subList(3, 14)).noneMatch(SurgeCalendar.Day::active);
    }

    @Test
    void the_calendar_of_a_plan_until_reverted_shows_every_day_active_with_the_autumn_day_lasting_25_hours() {
        List<SurgeCalendar.Day> days = SurgeCalendar.preview(SurgeWindow.untilReverted(SurgeWindow.DEFAULT_ZONE),
                Instant.parse("2026-10-20T12:00:00Z"));

        assertThat(days).allMatch(SurgeCalendar.Day::active);
        assertThat(days.get(5).date()).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(days.get(5).activeMinutes()).isEqualTo(25 * 60);
        assertThat(days.get(4).activeMinutes()).isEqualTo(24 * 60);
    }

    @Test
    void a_window_is_worded_in_french_for_the_api_and_in_the_reader_s_language_on_a_page() {
        SurgeWindow monday = window("2027-03-29T05:00:00Z", "2027-03-29T07:00:00Z");

        assertThat(SurgeText.window(monday)).isEqualTo("du lun. 29 mars 2027 07:00 +02:00 au lun. 29 mars 2027 09:00 +02:00 "
                + "(Europe/Paris)");
        assertThat(SurgeText.window(monday, Locale.ENGLISH)).isEqualTo("from Mon 29 Mar 2027 07:00 +02:00 to "
                + "Mon 29 Mar 2027 09:00 +02:00 (Europe/Paris)");
        assertThat(SurgeText.window(SurgeWindow.untilReverted(SurgeWindow.DEFAULT_ZONE))).isEqualTo("jusqu'au retour manuel");
        assertThat(SurgeText.window(SurgeWindow.untilReverted(SurgeWindow.DEFAULT_ZONE), Locale.ENGLISH))
                .isEqualTo("until reverted by hand");
    }
}
