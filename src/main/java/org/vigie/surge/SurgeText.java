package org.vigie.surge;

import java.util.Locale;
import org.vigie.platform.DisplayTime;
import org.vigie.platform.Messages;

/** A plan's window in words, in its own time zone with the UTC offset (so that a DST change shows). */
public final class SurgeText {

    private SurgeText() {
    }

    /** In French, as the REST API has always written it. */
    public static String window(SurgeWindow window) {
        return window(window, Locale.FRENCH);
    }

    public static String window(SurgeWindow window, Locale locale) {
        if (window.open()) {
            return Messages.get(locale, "surge.ui.window.open");
        }
        return Messages.get(locale, "surge.ui.window.range", DisplayTime.withOffset(window.start().atZone(window.zone()),
                locale), DisplayTime.withOffset(window.end().atZone(window.zone()), locale), window.zone().getId());
    }
}
