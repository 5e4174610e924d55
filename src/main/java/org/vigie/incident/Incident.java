package org.vigie.incident;

import java.time.Instant;
import java.util.List;

/** An incident as it stands; {@code id} from the database, shown as {@code INC-<id>}. */
public record Incident(long id, String title, Severity severity, IncidentState state, List<String> tenants,
        List<String> services, String summary, String declaredBy, Instant declaredAt, Instant impactStartedAt,
        String commander, Instant resolvedAt) {

    public static final String PREFIX = "INC-";

    public Incident {
        tenants = List.copyOf(tenants);
        services = List.copyOf(services);
    }

    public String reference() {
        return PREFIX + id;
    }

    /** The span its timeline covers: from the earlier of impact and declaration to resolution (or now). */
    public Instant timelineStart() {
        return impactStartedAt.isBefore(declaredAt) ? impactStartedAt : declaredAt;
    }

    public Instant timelineEnd(Instant now) {
        return resolvedAt == null ? now : resolvedAt;
    }
}
