package org.vigie.shell;

import java.time.ZoneId;

/** Every time a person reads in Vigie is Paris time: every tenant and every operator is French. */
public final class DisplayTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private DisplayTime() {
    }
}
