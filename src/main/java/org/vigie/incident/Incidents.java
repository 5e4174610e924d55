package org.vigie.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditLog;
import org.vigie.incident.IncidentEntry.Kind;
import org.vigie.security.Caller;
import org.vigie.security.Role;

/**
 * Declares and updates incidents. Each write is one transaction (the incident row locked, the entry
 * and its audit record appended); the {@link IncidentEvent} is published once it has committed.
 */
@Service
public class Incidents {

    private final IncidentRepository repository;
    private final IncidentScope scope;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final OpenIncidents open;
    private final Clock clock;

    Incidents(IncidentRepository repository, IncidentScope scope, TransactionTemplate transactions, AuditLog audit,
            ApplicationEventPublisher events, OpenIncidents open, Clock clock) {
        this.repository = repository;
        this.scope = scope;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
        this.open = open;
        this.clock = clock;
    }

    public Incident declare(Caller caller, Declaration declaration) {
        if (!caller.has(Role.OPERATOR)) {
            throw forbidden(caller, "incidents are declared by operators");
        }
        String title = IncidentValidation.title(declaration.title());
        Severity severity = IncidentValidation.severity(declaration.severity());
        List<String> tenants = scope.tenants(caller, IncidentValidation.names("tenants", declaration.tenants(), true));
        List<String> services = scope.services(tenants, IncidentValidation.names("services", declaration.services(), false));
        String summary = IncidentValidation.text("summary", declaration.summary(), false);
        String commander = declaration.commander() == null || declaration.commander().isBlank() ? caller.username()
                : IncidentValidation.name("commander", declaration.commander());
        Instant now = now();
        Instant impact = declaration.impactStartedAt() == null || declaration.impactStartedAt().isBlank()
                ? scope.impactStart(tenants, now) : impact(declaration.impactStartedAt(), now);
        Incident incident = transactions.execute(status -> {
            Incident draft = new Incident(0, title, severity, IncidentState.INVESTIGATING, tenants, services, summary,
                    caller.username(), now, impact, commander, null);
            long id = repository.insert(draft);
            repository.append(id, now, Kind.STATE, caller.username(), "declared " + severity + " "
                    + IncidentState.INVESTIGATING + (summary.isEmpty() ? "" : ": " + summary), false);
            Incident declared = repository.find(id).orElseThrow();
            audited(caller, "incident.declare", declared, title + " " + severity + " " + tenants);
            return declared;
        });
        published(IncidentEvent.Type.DECLARED, incident, summary, false, now);
        return incident;
    }

    public Incident update(Caller caller, long id, UpdateRequest request) {
        String text = IncidentValidation.text("text", request.text(), request.state() == null
                && request.commander() == null && request.impactStartedAt() == null);
        IncidentState next = request.state() == null || request.state().isBlank() ? null
                : IncidentValidation.state(request.state());
        boolean correction = request.commander() != null || request.impactStartedAt() != null;
        mayUpdate(caller, request, next, correction);
        String commander = request.commander() == null ? null : IncidentValidation.name("commander", request.commander());
        Instant now = now();
        Instant impact = request.impactStartedAt() == null ? null : impact(request.impactStartedAt(), now);
        Incident updated = transactions.execute(status -> {
            Incident incident = repository.lock(id).orElseThrow(() -> IncidentRefused.notFound(Incident.PREFIX + id));
            if (!incident.state().open()) {
                throw new IncidentRefused(IncidentRefused.Kind.CONFLICT, incident.reference() + " is RESOLVED (at "
                        + incident.resolvedAt() + "); a resolved incident takes no more updates, declare a new one");
            }
            if (next != null && !incident.state().mayMoveTo(next)) {
                throw IncidentRefused.field("state", next.name().toLowerCase(), "a later state than "
                        + incident.state().name().toLowerCase() + " (" + later(incident.state()) + ")");
            }
            scope.requireCovers(caller, incident.tenants());
            if (next != null) {
                repository.moveTo(id, next, next == IncidentState.RESOLVED ? now : null);
                repository.append(id, now, Kind.STATE, caller.username(), incident.state() + " → " + next, false);
            }
            if (correction) {
                String newCommander = commander == null ? incident.commander() : commander;
                Instant newImpact = impact == null ? incident.impactStartedAt() : impact;
                repository.correct(id, newCommander, newImpact);
                repository.append(id, now, Kind.STATE, caller.username(), "commander " + newCommander
                        + ", impact started at " + newImpact, false);
            }
            if (!text.isEmpty()) {
                repository.append(id, now, request.publicUpdate() ? Kind.UPDATE : Kind.NOTE, caller.username(), text,
                        request.publicUpdate());
            }
            Incident after = repository.find(id).orElseThrow();
            audited(caller, request.publicUpdate() ? "incident.public-update" : "incident.update", after,
                    (next == null ? "" : "state " + next + "; ") + text);
            return after;
        });
        published(next == IncidentState.RESOLVED ? IncidentEvent.Type.RESOLVED : IncidentEvent.Type.UPDATED, updated,
                text, request.publicUpdate() && !text.isEmpty(), now);
        return updated;
    }

    public Optional<Incident> find(long id) {
        return repository.find(id);
    }

    public List<Incident> list(boolean openOnly) {
        return repository.list(openOnly, 200);
    }

    public List<IncidentEntry> entries(long id) {
        return repository.entries(id);
    }

    /** {@code INC-12} or {@code 12}; anything else is refused naming the field. */
    public static long id(String text) {
        String digits = text != null && text.regionMatches(true, 0, Incident.PREFIX, 0, 4) ? text.substring(4) : text;
        if (digits != null && digits.matches("[1-9]\\d{0,17}")) {
            return Long.parseLong(digits);
        }
        throw IncidentRefused.field("id", text == null ? null : IncidentValidation.printable("id", text),
                "an incident id such as INC-12");
    }

    private void mayUpdate(Caller caller, UpdateRequest request, IncidentState next, boolean correction) {
        if (caller.has(Role.OPERATOR)) {
            return;
        }
        if (!caller.has(Role.ACCOUNT_MANAGER)) {
            throw forbidden(caller, "incidents are updated by operators, public updates also by account managers");
        }
        if (!request.publicUpdate() || next != null || correction) {
            throw forbidden(caller, "account managers write public updates only (\"public\": true, no state, "
                    + "commander or impact change)");
        }
    }

    private static String later(IncidentState state) {
        List<String> later = new ArrayList<>();
        for (IncidentState s : IncidentState.values()) {
            if (state.mayMoveTo(s)) {
                later.add(s.name().toLowerCase());
            }
        }
        return String.join(", ", later);
    }

    private Instant impact(String text, Instant now) {
        Instant at = IncidentValidation.instant("impactStartedAt", text);
        if (at.isAfter(now) || at.isBefore(now.minus(30, ChronoUnit.DAYS))) {
            throw IncidentRefused.field("impactStartedAt", text, "a moment within the last 30 days, not in the future");
        }
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static IncidentRefused forbidden(Caller caller, String rule) {
        return new IncidentRefused(IncidentRefused.Kind.FORBIDDEN, rule + "; your roles: " + caller.roles());
    }

    private void audited(Caller caller, String action, Incident incident, String detail) {
        audit.append(new AuditEntry(caller.username(), action, null, null, null, null, null, incident.reference(),
                Outcome.SUCCEEDED, detail, UUID.randomUUID(), null));
    }

    private void published(IncidentEvent.Type type, Incident incident, String text, boolean publicUpdate, Instant at) {
        open.refresh();
        events.publishEvent(new IncidentEvent(type, incident.reference(), incident.title(), incident.severity().name(),
                incident.state().name(), incident.tenants(), text, publicUpdate, at));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
