package org.vigie.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.history.StatusHistory;
import org.vigie.history.StatusTransition;
import org.vigie.incident.TimelineEntry.Kind;

/**
 * An incident's timeline, assembled at read time and never copied: the affected tenants' status
 * transitions and audited actions from the incident's start to its resolution (or now), the audited
 * actions naming the incident, and what people wrote, in time order.
 */
@Component
public class IncidentTimeline {

    private final StatusHistory history;
    private final AuditLog audit;
    private final Incidents incidents;
    private final Clock clock;

    IncidentTimeline(StatusHistory history, AuditLog audit, Incidents incidents, Clock clock) {
        this.history = history;
        this.audit = audit;
        this.incidents = incidents;
        this.clock = clock;
    }

    public List<TimelineEntry> of(Incident incident) {
        Instant from = incident.timelineStart().minusNanos(1000);
        Instant to = incident.timelineEnd(clock.instant());
        List<TimelineEntry> entries = new ArrayList<>();
        for (String tenant : incident.tenants()) {
            history.between(tenant, from, to).forEach(t -> entries.add(transition(t)));
        }
        for (AuditRecord record : audit.find(new AuditFilter(null, null, from, to.plusNanos(1000)))) {
            boolean named = incident.reference().equalsIgnoreCase(record.incident());
            boolean onTenant = record.tenant() != null && incident.tenants().contains(record.tenant());
            if ((named || onTenant) && !record.action().startsWith("incident.")) {
                entries.add(action(record));
            }
        }
        for (IncidentEntry entry : incidents.entries(incident.id())) {
            entries.add(new TimelineEntry(entry.at(), kind(entry.kind()), entry.actor(), entry.text(),
                    entry.publicUpdate(), null));
        }
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at)).toList();
    }

    private static TimelineEntry transition(StatusTransition t) {
        String text = t.tenant() + ": " + (t.from() == null ? "?" : t.from().name()) + " → " + t.to().name()
                + (t.reasons().isEmpty() ? "" : " (" + String.join(", ", t.reasons()) + ")");
        return new TimelineEntry(t.at(), Kind.TRANSITION, "vigie", text, false, t.tenant());
    }

    private static TimelineEntry action(AuditRecord r) {
        StringBuilder text = new StringBuilder(r.action());
        if (r.tenant() != null) {
            text.append(' ').append(r.tenant()).append(r.service() == null ? "" : "/" + r.service());
        }
        if (r.toReplicas() != null) {
            text.append(' ').append(r.fromReplicas() == null ? "?" : r.fromReplicas()).append(" → ").append(r.toReplicas());
        }
        text.append(' ').append(r.outcome().name());
        if (r.reason() != null && !r.reason().isBlank()) {
            text.append(": ").append(r.reason());
        }
        if (r.incident() != null) {
            text.append(" [").append(r.incident()).append(']');
        }
        return new TimelineEntry(r.at(), Kind.ACTION, r.actor(), text.toString(), false, r.tenant());
    }

    private static Kind kind(IncidentEntry.Kind kind) {
        return switch (kind) {
            case STATE -> Kind.STATE;
            case NOTE -> Kind.NOTE;
            case UPDATE -> Kind.UPDATE;
        };
    }
}
