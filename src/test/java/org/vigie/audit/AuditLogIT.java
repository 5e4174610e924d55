package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.testing.MigratedPostgres;

class AuditLogIT {

    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres();

    private static final AuditKeys KEYS = AuditKeys.ephemeral();

    private final JdbcClient jdbc = JdbcClient.create(postgres.dataSource());
    private final AuditLog audit = new AuditLog(jdbc, new TransactionTemplate(new DataSourceTransactionManager(postgres.dataSource())),
            Clock.systemUTC(), KEYS);

    private AuditRecord append(String actor, String tenant, Outcome outcome) {
        return audit.append(new AuditEntry(actor, "scale", tenant, "sso", 2, 6, "login storm", "INC-42", outcome,
                "detail", UUID.randomUUID(), null));
    }

    @Test
    void records_are_chained_filtered_and_verified_then_a_tampered_one_is_found() {
        AuditRecord first = append("alice", "a", Outcome.REQUESTED);
        AuditRecord second = append("bob", "b", Outcome.SUCCEEDED);
        AuditRecord third = append("alice", "b", Outcome.REFUSED);

        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(third.previousHash()).isEqualTo(second.hash());
        assertThat(audit.find(new AuditFilter("b", "alice", null, null))).extracting(AuditRecord::id)
                .containsExactly(third.id());
        assertThat(audit.find(new AuditFilter(null, null, second.at(), Instant.now().plusSeconds(1))))
                .extracting(AuditRecord::id).contains(second.id(), third.id()).doesNotContain(first.id());
        AuditVerification intact = audit.verify();
        assertThat(intact.ok()).as(intact::headline).isTrue();
        assertThat(intact.records()).isGreaterThanOrEqualTo(3);

        Superuser.tamper(postgres.dataSource(), "update audit_record set to_replicas = 60 where id = " + second.id());

        AuditVerification tampered = audit.verify();
        assertThat(tampered.ok()).isFalse();
        assertThat(tampered.firstBrokenId()).isEqualTo(second.id());
        assertThat(tampered.problem()).contains("was altered after it was written");
    }

    @Test
    void the_database_refuses_to_update_or_delete_a_record() {
        AuditRecord record = append("carol", "c", Outcome.REQUESTED);

        assertThatThrownBy(() -> jdbc.sql("update audit_record set actor = 'mallory' where id = :id")
                .param("id", record.id()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where id = :id").param("id", record.id()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void truncate_of_the_audit_table_is_refused() {
        append("dave", "d", Outcome.REQUESTED);

        assertThatThrownBy(() -> jdbc.sql("truncate audit_record").update()).hasMessageContaining("append-only");
    }

    @Test
    void ddl_that_would_drop_or_disarm_the_audit_table_is_refused() {
        append("erin", "e", Outcome.REQUESTED);

        assertThatThrownBy(() -> jdbc.sql("alter table audit_record disable trigger audit_record_append_only").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("drop table audit_record").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_record rename to audit_old").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("""
                create or replace function audit_record_is_append_only() returns trigger language plpgsql
                as 'begin return old; end'""").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("drop trigger audit_record_append_only on audit_record").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("create rule audit_swallow as on insert to audit_record do instead nothing")
                .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("drop table audit_record_legacy").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record_legacy").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("alter function audit_record_is_append_only() rename to harmless").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica; delete from audit_record").update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_record").query(Long.class).single()).isPositive();
    }
}
