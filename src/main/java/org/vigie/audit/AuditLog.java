package org.vigie.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.platform.Sha256;

/**
 * The append-only audit trail. Appends are serialised by a transaction-scoped advisory lock so that
 * each record's hash covers the previous one's; nothing here updates or deletes a row.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x5669676965L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Commits the record before returning; throws if PostgreSQL cannot take it. */
    public AuditRecord append(AuditEntry entry) {
        return transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleRow();
            String previous = jdbc.sql("select hash from audit_record order by id desc limit 1")
                    .query(String.class).optional().orElse(GENESIS);
            AuditRecord draft = new AuditRecord(0, clock.instant().truncatedTo(ChronoUnit.MICROS), entry.actor(),
                    entry.action(), entry.tenant(), entry.service(), entry.fromReplicas(), entry.toReplicas(),
                    entry.reason(), entry.incident(), entry.outcome(), entry.detail(), entry.correlationId(),
                    entry.idempotencyKey(), previous, null);
            String hash = Sha256.hex(draft.canonical());
            long id = jdbc.sql("""
                    insert into audit_record (at, actor, action, tenant, service, from_replicas, to_replicas, reason,
                        incident, outcome, detail, correlation_id, idempotency_key, previous_hash, hash)
                    values (:at, :actor, :action, :tenant, :service, :from, :to, :reason, :incident, :outcome, :detail,
                        :correlation, :key, :previous, :hash)
                    returning id
                    """)
                    .param("at", Timestamp.from(draft.at())).param("actor", draft.actor())
                    .param("action", draft.action()).param("tenant", draft.tenant()).param("service", draft.service())
                    .param("from", draft.fromReplicas()).param("to", draft.toReplicas())
                    .param("reason", draft.reason()).param("incident", draft.incident())
                    .param("outcome", draft.outcome().name()).param("detail", draft.detail())
                    .param("correlation", draft.correlationId()).param("key", draft.idempotencyKey())
                    .param("previous", previous).param("hash", hash)
                    .query(Long.class).single();
            return new AuditRecord(id, draft.at(), draft.actor(), draft.action(), draft.tenant(), draft.service(),
                    draft.fromReplicas(), draft.toReplicas(), draft.reason(), draft.incident(), draft.outcome(),
                    draft.detail(), draft.correlationId(), draft.idempotencyKey(), previous, hash);
        });
    }

    public List<AuditRecord> find(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("select * from audit_record where true");
        List<Object> params = new ArrayList<>();
        if (filter.tenant() != null) {
            sql.append(" and tenant = ?");
            params.add(filter.tenant());
        }
        if (filter.actor() != null) {
            sql.append(" and actor = ?");
            params.add(filter.actor());
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        return jdbc.sql(sql.append(" order by id").toString()).params(params).query(AuditLog::map).list();
    }

    /** The REQUESTED record of an earlier request with this idempotency key, if any. */
    public Optional<AuditRecord> requestWithKey(String action, String idempotencyKey) {
        return jdbc.sql("select * from audit_record where idempotency_key = :key and action = :action "
                        + "and outcome = 'REQUESTED'")
                .param("key", idempotencyKey).param("action", action).query(AuditLog::map).optional();
    }

    /** The last record of a correlation id (its outcome, once there is one). */
    public Optional<AuditRecord> lastOf(UUID correlationId) {
        return jdbc.sql("select * from audit_record where correlation_id = :id order by id desc limit 1")
                .param("id", correlationId).query(AuditLog::map).optional();
    }

    /** Recomputes every hash in order; stops at the first record that does not match. */
    public AuditVerification verify() {
        AtomicReference<String> expectedPrevious = new AtomicReference<>(GENESIS);
        AtomicReference<AuditVerification> broken = new AtomicReference<>();
        long[] count = {0};
        jdbc.sql("select * from audit_record order by id").query(rs -> {
            if (broken.get() != null) {
                return;
            }
            AuditRecord record = map(rs, 0);
            count[0]++;
            if (!record.previousHash().equals(expectedPrevious.get())) {
                broken.set(new AuditVerification(false, count[0], record.id(),
                        "record " + record.id() + " does not follow the record before it (previous hash differs)"));
            } else if (!record.hash().equals(Sha256.hex(record.canonical()))) {
                broken.set(new AuditVerification(false, count[0], record.id(),
                        "record " + record.id() + " was altered after it was written (its hash no longer matches)"));
            }
            expectedPrevious.set(record.hash());
        });
        return broken.get() != null ? broken.get() : new AuditVerification(true, count[0], null, null);
    }

    private static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("tenant"), rs.getString("service"),
                (Integer) rs.getObject("from_replicas"), (Integer) rs.getObject("to_replicas"), rs.getString("reason"),
                rs.getString("incident"), Outcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
                rs.getObject("correlation_id", UUID.class), rs.getString("idempotency_key"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

}
