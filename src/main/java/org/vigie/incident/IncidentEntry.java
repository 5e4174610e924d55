package org.vigie.incident;

import java.time.Instant;

/** What people wrote in an incident, stored append-only: a state change, an internal note or a public update. */
public record IncidentEntry(long id, long incident, Instant at, Kind kind, String actor, String text,
        boolean publicUpdate) {

    public enum Kind {
        STATE, NOTE, UPDATE
    }
}
