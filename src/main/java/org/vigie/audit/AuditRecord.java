package org.vigie.audit;

import java.time.Instant;
import java.util.UUID;
import org.vigie.audit.AuditEntry.Outcome;

/** A stored audit record, with its place in the hash chain. */
public record AuditRecord(long id, Instant at, String actor, String action, String tenant, String service,
        Integer fromReplicas, Integer toReplicas, String reason, String incident, Outcome outcome, String detail,
        UUID correlationId, String idempotencyKey, String previousHash, String hash) {

    /** The text the hash covers: every field but the id and the hash itself, in a fixed order. */
    String canonical() {
        return String.join("\u001f", at.toString(), actor, action, nz(tenant), nz(service), nz(fromReplicas),
                nz(toReplicas), nz(reason), nz(incident), outcome.name(), nz(detail), correlationId.toString(),
                nz(idempotencyKey), previousHash);
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }
}
