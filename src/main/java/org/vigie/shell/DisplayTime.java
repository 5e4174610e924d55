package org.vigie.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every time a person reads in Vigie is Paris time: every tenant and every operator is French. */
public final class DisplayTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DisplayTime() {
    }
}
