package org.vigie.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.time.Instant;
import org.vigie.audit.AuditEntry.Outcome;

/**
 * A stored audit record, with its place in the chain: {@code hash} is the HMAC-SHA256, under the key
 * named {@code keyId}, of every other field; records written before keys existed have no key id and
 * a plain SHA-256 hash (the legacy segment).
 */
public record AuditRecord(long id, Instant at, String actor, String action, String tenant, String service,
        Integer fromReplicas, Integer toReplicas, String reason, String incident, Outcome outcome, String detail,
        UUID correlationId, String idempotencyKey, String keyId, String previousHash, String hash) {

    static final String DOMAIN = "vigie-audit-record-v2";

    /** The bytes the keyed hash covers: every field but the hash itself, length-prefixed. */
    byte[] encoded() {
        return ChainEncoding.of(DOMAIN, id, at, actor, action, tenant, service, fromReplicas, toReplicas, reason,
                incident, outcome, detail, correlationId, idempotencyKey, keyId, previousHash);
    }

    /** The text the legacy SHA-256 hash covered: fields joined by U+001F (ambiguous, hence replaced). */
    String legacyCanonical() {
        return String.join("\u001f", at.toString(), actor, action, nz(tenant), nz(service), nz(fromReplicas),
                nz(toReplicas), nz(reason), nz(incident), outcome.name(), nz(detail), correlationId.toString(),
                nz(idempotencyKey), previousHash);
    }

    AuditRecord withHash(String newHash) {
        return new AuditRecord(id, at, actor, action, tenant, service, fromReplicas, toReplicas, reason, incident,
                outcome, detail, correlationId, idempotencyKey, keyId, previousHash, newHash);
    }

    static AuditRecord from(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("tenant"), rs.getString("service"),
                (Integer) rs.getObject("from_replicas"), (Integer) rs.getObject("to_replicas"), rs.getString("reason"),
                rs.getString("incident"), Outcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
                rs.getObject("correlation_id", UUID.class), rs.getString("idempotency_key"), rs.getString("key_id"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }
}
