package org.vigie.incident;

import java.time.Instant;

/**
 * One line of an incident's timeline, assembled at read time. {@code tenant} is set for transitions
 * and actions; {@code order} breaks ties between entries of the same instant.
 */
public record TimelineEntry(Instant at, Kind kind, String actor, String text, boolean publicUpdate, String tenant) {

    public enum Kind {
        TRANSITION, ACTION, STATE, NOTE, UPDATE;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
