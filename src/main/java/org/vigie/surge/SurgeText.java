package org.vigie.surge;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A plan's window in words, in its own time zone with the UTC offset (so that a DST change shows). */
public final class SurgeText {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm xxx", Locale.FRENCH);

    private SurgeText() {
    }

    public static String window(SurgeWindow window) {
        if (window.open()) {
            return "jusqu'au retour manuel";
        }
        return "du " + AT.format(window.start().atZone(window.zone())) + " au " + AT.format(window.end().atZone(window.zone()))
                + " (" + window.zone().getId() + ")";
    }
}
