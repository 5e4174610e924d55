package org.vigie.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit trail. Appends are serialised by a transaction-scoped advisory lock so that
 * each record's HMAC covers the previous one's; nothing here updates or deletes a row.
 */
@Service
public class AuditLog {

    static final String GENESIS = AuditChain.GENESIS;
    private static final long CHAIN_LOCK = 0x5669676965L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditKeys keys;

    @Autowired
    public AuditLog(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, AuditKeys keys) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.keys = keys;
    }

    /** An audit trail signed with a key of its own, which dies with it: for tools and tests. */
    public AuditLog(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this(jdbc, transactions, clock, AuditKeys.ephemeral());
    }

    /** Commits the record before returning; throws if PostgreSQL cannot take it. */
    public AuditRecord append(AuditEntry entry) {
        return transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleRow();
            String previous = jdbc.sql("select hash from audit_record order by id desc limit 1")
                    .query(String.class).optional().orElse(GENESIS);
            long id = jdbc.sql("select nextval('audit_record_id_seq')").query(Long.class).single();
            AuditRecord draft = new AuditRecord(id, clock.instant().truncatedTo(ChronoUnit.MICROS), entry.actor(),
                    entry.action(), entry.tenant(), entry.service(), entry.fromReplicas(), entry.toReplicas(),
                    entry.reason(), entry.incident(), entry.outcome(), entry.detail(), entry.correlationId(),
                    entry.idempotencyKey(), keys.current(), previous, null);
            AuditRecord record = draft.withHash(AuditChain.hash(keys, draft));
            jdbc.sql("""
                    insert into audit_record (id, at, actor, action, tenant, service, from_replicas, to_replicas,
                        reason, incident, outcome, detail, correlation_id, idempotency_key, key_id, previous_hash, hash)
                    values (:id, :at, :actor, :action, :tenant, :service, :from, :to, :reason, :incident, :outcome,
                        :detail, :correlation, :idempotency, :key, :previous, :hash)
                    """)
                    .param("id", id).param("at", Timestamp.from(record.at())).param("actor", record.actor())
                    .param("action", record.action()).param("tenant", record.tenant()).param("service", record.service())
                    .param("from", record.fromReplicas()).param("to", record.toReplicas())
                    .param("reason", record.reason()).param("incident", record.incident())
                    .param("outcome", record.outcome().name()).param("detail", record.detail())
                    .param("correlation", record.correlationId()).param("idempotency", record.idempotencyKey())
                    .param("key", record.keyId()).param("previous", previous).param("hash", record.hash())
                    .update();
            return record;
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
        return jdbc.sql(sql.append(" order by id").toString()).params(params).query(AuditRecord::from).list();
    }

    /** The REQUESTED record of an earlier request with this idempotency key, if any. */
    public Optional<AuditRecord> requestWithKey(String action, String idempotencyKey) {
        return jdbc.sql("select * from audit_record where idempotency_key = :key and action = :action "
                        + "order by id limit 1")
                .param("key", idempotencyKey).param("action", action).query(AuditRecord::from).optional();
    }

    /** The last record of a correlation id (its outcome, once there is one). */
    public Optional<AuditRecord> lastOf(UUID correlationId) {
        return jdbc.sql("select * from audit_record where correlation_id = :id order by id desc limit 1")
                .param("id", correlationId).query(AuditRecord::from).optional();
    }

    /** Recomputes every hash in order; stops at the first record that does not match. */
    public AuditVerification verify() {
        return verify(null);
    }

    /** As {@link #verify()}, and also against a checkpoint published earlier (null: none). */
    public AuditVerification verify(AuditCheckpoint checkpoint) {
        return transactions.execute(status -> {
            jdbc.sql("set transaction isolation level repeatable read, read only").update();
            Legacy legacy = jdbc.sql("select records, head from audit_record_legacy order by records limit 1")
                    .query((rs, row) -> new Legacy(rs.getLong("records"), rs.getString("head"))).optional()
                    .orElse(new Legacy(0, GENESIS));
            AuditChain chain = new AuditChain(keys, legacy.records(), legacy.head(), checkpoint);
            jdbc.sql("select * from audit_record order by id").query(rs -> {
                chain.accept(AuditRecord.from(rs, 0));
            });
            return chain.result();
        });
    }

    /** The chain as it stands, signed with the current key. */
    public AuditCheckpoint checkpoint() {
        return transactions.execute(status -> {
            jdbc.sql("set transaction isolation level repeatable read, read only").update();
            long records = jdbc.sql("select count(*) from audit_record").query(Long.class).single();
            String head = jdbc.sql("select hash from audit_record order by id desc limit 1").query(String.class)
                    .optional().orElse(GENESIS);
            return AuditCheckpoint.signed(records, head, clock.instant().truncatedTo(ChronoUnit.SECONDS), keys);
        });
    }

    /** The unkeyed records written before V5, as counted when keys were introduced. */
    private record Legacy(long records, String head) {
    }
}
