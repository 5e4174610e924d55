package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.platform.Sha256;

/** Records written before keys existed (V3's plain SHA-256 chain) still verify, as a legacy segment. */
class AuditLegacyChainIT {

    static EmbeddedPostgres postgres;
    static DataSource database;
    static long lastLegacyId;

    @BeforeAll
    static void legacyRecordsThenKeys() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        database = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(database).target("4").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        String previous = AuditLog.GENESIS;
        for (int i = 1; i <= 3; i++) {
            AuditRecord legacy = new AuditRecord(i, Instant.now().truncatedTo(ChronoUnit.MICROS), "alice", "scale",
                    "ara-lycees", "sso", 2, 2 + i, "before keys " + i, null, Outcome.REQUESTED, null, UUID.randomUUID(),
                    null, null, previous, null);
            previous = Sha256.hex(legacy.legacyCanonical());
            lastLegacyId = jdbc.sql("""
                    insert into audit_record (at, actor, action, tenant, service, from_replicas, to_replicas, reason,
                        outcome, correlation_id, previous_hash, hash)
                    values (:at, 'alice', 'scale', 'ara-lycees', 'sso', 2, :to, :reason, 'REQUESTED', :correlation,
                        :previous, :hash) returning id""")
                    .param("at", Timestamp.from(legacy.at())).param("to", legacy.toReplicas())
                    .param("reason", legacy.reason()).param("correlation", legacy.correlationId())
                    .param("previous", legacy.previousHash()).param("hash", previous).query(Long.class).single();
        }
        Flyway.configure().dataSource(database).load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void records_written_before_keys_verify_as_a_legacy_segment_and_none_can_be_added_after_it() {
        AuditLog audit = new AuditLog(JdbcClient.create(database),
                new TransactionTemplate(new DataSourceTransactionManager(database)), Clock.systemUTC());
        AuditRecord keyed = audit.append(new AuditEntry("bob", "scale", "ara-lycees", "sso", 5, 6, "after keys", null,
                Outcome.REQUESTED, "replicas", UUID.randomUUID(), null));

        AuditVerification result = audit.verify(audit.checkpoint());
        assertThat(result.ok()).as(result::headline).isTrue();
        assertThat(result.records()).isEqualTo(4);
        assertThat(result.proof()).contains("records up to #" + lastLegacyId + " are legacy (unkeyed SHA-256")
                .contains("keyed (HMAC-SHA256) since record #" + keyed.id());

        AuditRecord forged = new AuditRecord(keyed.id() + 1, Instant.now().truncatedTo(ChronoUnit.MICROS), "mallory",
                "scale", "ara-lycees", "sso", 6, 60, "forged", null, Outcome.SUCCEEDED, null, UUID.randomUUID(), null,
                null, keyed.hash(), null);
        Superuser.tamper(database, "insert into audit_record (id, at, actor, action, outcome, correlation_id, "
                + "previous_hash, hash) values (" + forged.id() + ", '" + forged.at() + "', 'mallory', 'scale', "
                + "'SUCCEEDED', '" + forged.correlationId() + "', '" + keyed.hash() + "', '"
                + Sha256.hex(forged.legacyCanonical()) + "')");

        AuditVerification downgraded = audit.verify();
        assertThat(downgraded.ok()).isFalse();
        assertThat(downgraded.firstBrokenId()).isEqualTo(forged.id());
        assertThat(downgraded.problem()).contains("has no key id, but the legacy segment fixed when keys were "
                + "introduced holds 3 record(s)");
    }
}
