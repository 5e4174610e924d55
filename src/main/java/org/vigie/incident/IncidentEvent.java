package org.vigie.incident;

import java.time.Instant;
import java.util.List;

/**
 * Published (Spring application event) once an incident's declaration, update or resolution is
 * committed, by the console that wrote it.
 */
public record IncidentEvent(Type type, String incidentId, String title, String severity, String state,
        List<String> tenants, String text, boolean publicUpdate, Instant at) {

    public enum Type {
        DECLARED, UPDATED, RESOLVED
    }
}
