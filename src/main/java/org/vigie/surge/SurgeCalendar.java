package org.vigie.surge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The days ahead as the plan's time zone sees them: on which the plan holds, from when to when, at which UTC offset. */
public final class SurgeCalendar {

    public static final int DAYS = 14;

    private SurgeCalendar() {
    }

    /**
     * One day of the preview. {@code from}/{@code to} are local times (null {@code to}: until the
     * end of the day); {@code fromOffset}/{@code toOffset} show a daylight-saving change.
     */
    public record Day(LocalDate date, boolean active, LocalTime from, LocalTime to, ZoneOffset fromOffset,
            ZoneOffset toOffset, long activeMinutes) {
    }

    public static List<Day> preview(SurgeWindow window, Instant now) {
        List<Day> days = new ArrayList<>();
        LocalDate first = now.atZone(window.zone()).toLocalDate();
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = first.plusDays(i);
            ZonedDateTime dayStart = date.atStartOfDay(window.zone());
            ZonedDateTime dayEnd = date.plusDays(1).atStartOfDay(window.zone());
            Instant from = window.open() ? dayStart.toInstant() : max(window.start(), dayStart.toInstant());
            Instant to = window.open() ? dayEnd.toInstant() : min(window.end(), dayEnd.toInstant());
            if (!from.isBefore(to)) {
                days.add(new Day(date, false, null, null, null, null, 0));
                continue;
            }
            ZonedDateTime localFrom = from.atZone(window.zone());
            ZonedDateTime localTo = to.atZone(window.zone());
            days.add(new Day(date, true, localFrom.toLocalTime(), to.equals(dayEnd.toInstant()) ? null : localTo.toLocalTime(),
                    localFrom.getOffset(), localTo.getOffset(), java.time.Duration.between(from, to).toMinutes()));
        }
        return days;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
