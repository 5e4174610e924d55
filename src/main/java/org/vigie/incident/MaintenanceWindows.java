package org.vigie.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditLog;
import org.vigie.security.Caller;
import org.vigie.security.Role;

/** Plans and ends maintenance windows (operators), each write audited in the same transaction. */
@Service
public class MaintenanceWindows {

    static final Duration LONGEST = Duration.ofDays(7);
    static final Duration FURTHEST = Duration.ofDays(366);

    /** Planning "from now" takes a moment to type: a start this much in the past is still now. */
    static final Duration STARTED_AT_MOST_AGO = Duration.ofMinutes(5);

    private final MaintenanceRepository repository;
    private final IncidentScope scope;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final OpenIncidents notices;
    private final Clock clock;

    MaintenanceWindows(MaintenanceRepository repository, IncidentScope scope, TransactionTemplate transactions,
            AuditLog audit, OpenIncidents notices, Clock clock) {
        this.repository = repository;
        this.scope = scope;
        this.transactions = transactions;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    public MaintenanceWindow plan(Caller caller, String start, String end, List<String> tenants, String text) {
        requireOperator(caller);
        Instant from = IncidentValidation.instant("start", start == null ? "" : start).truncatedTo(ChronoUnit.MICROS);
        Instant to = IncidentValidation.instant("end", end == null ? "" : end).truncatedTo(ChronoUnit.MICROS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!to.isAfter(from)) {
            throw IncidentRefused.field("end", end, "a moment after 'start' (" + start + ")");
        }
        if (from.isBefore(now.minus(STARTED_AT_MOST_AGO))) {
            throw IncidentRefused.field("start", start, "a moment from now on (at most "
                    + STARTED_AT_MOST_AGO.toMinutes() + " minutes ago): a window is planned ahead, it never turns past "
                    + "downtime into maintenance");
        }
        if (Duration.between(now, from).compareTo(FURTHEST) > 0) {
            throw IncidentRefused.field("start", start, "a moment within " + FURTHEST.toDays() + " days from now");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw IncidentRefused.field("end", end, "at most " + LONGEST.toDays() + " days after 'start'");
        }
        List<String> covered = scope.tenants(caller, IncidentValidation.names("tenants", tenants, true));
        String publicText = IncidentValidation.text("text", text, true);
        MaintenanceWindow window = transactions.execute(status -> {
            long id = repository.insert(from, to, covered, publicText, caller.username(), now);
            audited(caller, "maintenance.plan", id, from + " – " + to + " " + covered + ": " + publicText);
            return repository.find(id).orElseThrow();
        });
        notices.refresh();
        return window;
    }

    /** Ends the window now (cancels it if it has not started). */
    public MaintenanceWindow end(Caller caller, long id) {
        requireOperator(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        MaintenanceWindow ended = transactions.execute(status -> {
            MaintenanceWindow window = repository.find(id).orElseThrow(() -> new IncidentRefused(
                    IncidentRefused.Kind.NOT_FOUND, "no maintenance window " + id));
            scope.requireCovers(caller, window.tenants());
            if (!repository.end(id, now)) {
                throw new IncidentRefused(IncidentRefused.Kind.CONFLICT, "maintenance window " + id + " ended at "
                        + window.end());
            }
            audited(caller, "maintenance.end", id, window.tenants().toString());
            return repository.find(id).orElseThrow();
        });
        notices.refresh();
        return ended;
    }

    public List<MaintenanceWindow> notOver() {
        return repository.notOverAt(clock.instant());
    }

    /** Windows of the tenant overlapping {@code [from, to)}: what uptime counts apart. */
    public List<MaintenanceWindow> overlapping(String tenant, Instant from, Instant to) {
        return repository.overlapping(tenant, from, to);
    }

    private static void requireOperator(Caller caller) {
        if (!caller.has(Role.OPERATOR)) {
            throw new IncidentRefused(IncidentRefused.Kind.FORBIDDEN, "maintenance windows are planned by operators; "
                    + "your roles: " + caller.roles());
        }
    }

    private void audited(Caller caller, String action, long id, String detail) {
        audit.append(new AuditEntry(caller.username(), action, null, null, null, null, null, "MW-" + id,
                Outcome.SUCCEEDED, detail, UUID.randomUUID(), null));
    }
}
