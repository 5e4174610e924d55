package org.vigie.audit;

import java.util.UUID;

/**
 * What to record: who did what to which tenant and service, from how many replicas to how many,
 * why, and how it went. {@code correlationId} ties a request to its outcome. A control character in
 * a field people type is refused (IllegalArgumentException naming the field and the character); in
 * {@code detail}, which Vigie composes and which may quote another system's message, it is written out
 * as {@code \\u000A} so that an outcome is never lost.
 */
public record AuditEntry(String actor, String action, String tenant, String service, Integer fromReplicas,
        Integer toReplicas, String reason, String incident, Outcome outcome, String detail, UUID correlationId,
        String idempotencyKey) {

    public AuditEntry {
        AuditText.refuseControls("actor", actor);
        AuditText.refuseControls("action", action);
        AuditText.refuseControls("tenant", tenant);
        AuditText.refuseControls("service", service);
        AuditText.refuseControls("reason", reason);
        AuditText.refuseControls("incident", incident);
        AuditText.refuseControls("idempotencyKey", idempotencyKey);
        detail = AuditText.escapeControls(detail);
    }

    /**
     * A security event (sign-in, refused access, token or user change), not tied to a replica count.
     * Its text may come from strangers (a user name typed at sign-in, a tenant in a URL): control
     * characters are written out rather than refused, so the event is always recorded.
     */
    public static AuditEntry security(String actor, String action, String tenant, Outcome outcome, String detail) {
        return new AuditEntry(AuditText.escapeControls(actor), AuditText.escapeControls(action),
                AuditText.escapeControls(tenant), null, null, null, null, null, outcome, detail, UUID.randomUUID(),
                null);
    }

    public enum Outcome {
        REQUESTED, SUCCEEDED, REFUSED, CONFLICT, FAILED, DENIED
    }
}
