package org.vigie.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditLog;

/**
 * Security events in the audit trail. A refusal stands even when PostgreSQL cannot record it; the
 * missing record is logged instead. Actors typed by strangers are cut to a sane length.
 */
@Component
public class SecurityAudit {

    public static final String SIGN_IN = "sign-in";
    public static final String ACCESS = "access";
    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);
    private static final int MAX_ACTOR = 100;

    private final AuditLog audit;

    public SecurityAudit(AuditLog audit) {
        this.audit = audit;
    }

    public void record(String actor, String action, Outcome outcome, String detail) {
        record(actor, action, null, outcome, detail);
    }

    public void record(String actor, String action, String tenant, Outcome outcome, String detail) {
        String name = actor == null || actor.isBlank() ? "anonymous"
                : actor.length() > MAX_ACTOR ? actor.substring(0, MAX_ACTOR) + "…" : actor;
        try {
            audit.append(AuditEntry.security(name, action, tenant, outcome, detail));
        } catch (DataAccessException | TransactionException e) {
            log.warn("Security event not audited, PostgreSQL unavailable: {} {} {} {}", name, action, outcome, detail);
        }
    }

    /** Lets the caller through if they hold the role; otherwise records the refusal and throws. */
    public void requireRole(Caller caller, Role role, String attempted, String why) {
        if (!caller.has(role)) {
            denied(caller.username(), attempted, null, why);
            throw new AccessDeniedException(attempted + " refused: " + why);
        }
    }

    /** Records a refused request: who, what they tried, and why it was refused. */
    public void denied(String actor, String attempted, String tenant, String why) {
        record(actor, ACCESS, tenant, Outcome.DENIED, attempted + " refused: " + why);
    }
}
