package org.vigie.audit;

import java.util.UUID;

/**
 * What to record: who did what to which tenant and service, from how many replicas to how many,
 * why, and how it went. {@code correlationId} ties a request to its outcome.
 */
public record AuditEntry(String actor, String action, String tenant, String service, Integer fromReplicas,
        Integer toReplicas, String reason, String incident, Outcome outcome, String detail, UUID correlationId,
        String idempotencyKey) {

    public enum Outcome {
        REQUESTED, SUCCEEDED, REFUSED, CONFLICT, FAILED, DENIED
    }
}
