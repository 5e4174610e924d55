package org.vigie.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the console writes a time for people: Paris time (every tenant and every operator
 * is French), day first.
 */
public final class DisplayTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter HOUR_AND_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private DisplayTime() {
    }

    /** {@code 28/11/2026 16:05:00}; a dash for no time. */
    public static String dateTime(Instant at) {
        return at == null ? "—" : DATE_TIME.format(at.atZone(ZONE));
    }

    /** {@code 28/11 16:05:00}, for the recent past. */
    public static String dayAndTime(Instant at) {
        return DAY_TIME.format(at.atZone(ZONE));
    }

    /** {@code 16:05:00}, for "updated at". */
    public static String time(Instant at) {
        return TIME.format(at.atZone(ZONE));
    }

    /** {@code 16:05}, for a wall clock. */
    public static String hourAndMinute(Instant at) {
        return HOUR_AND_MINUTE.format(at.atZone(ZONE));
    }

    /** {@code lundi 30 novembre} / {@code Monday 30 November}: a day of a calendar, in the reader's language. */
    public static String weekday(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day);
    }

    /**
     * {@code lun. 30 nov. 2026 08:00 +01:00}: a time in a zone of its own (a plan for Réunion), its
     * UTC offset shown so that a change of time shows.
     */
    public static String withOffset(ZonedDateTime at, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm xxx", locale).format(at);
    }
}
