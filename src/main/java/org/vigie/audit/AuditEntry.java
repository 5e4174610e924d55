package org.vigie.audit;

import java.util.UUID;

/**
 * What to record: who did what to which tenant and service, from how many replicas to how many,
 * why, and how it went. {@code correlationId} ties a request to its outcome.
 */
public record AuditEntry(String actor, String action, String tenant, String service, Integer fromReplicas,
        Integer toReplicas, String reason, String incident, Outcome outcome, String detail, UUID correlationId,
        String idempotencyKey) {

    /** A security event (sign-in, refused access, token or user change), not tied to a replica count. */
    public static AuditEntry security(String actor, String action, String tenant, Outcome outcome, String detail) {
        return new AuditEntry(actor, action, tenant, null, null, null, null, null, outcome, detail, UUID.randomUUID(),
                null);
    }

    public enum Outcome {
        REQUESTED, SUCCEEDED, REFUSED, CONFLICT, FAILED, DENIED
    }
}
