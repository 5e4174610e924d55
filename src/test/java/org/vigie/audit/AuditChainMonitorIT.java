package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.testing.MigratedPostgres;

/** The gauge vigie_audit_chain_intact follows the verdict of the periodic verification. */
class AuditChainMonitorIT {

    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres();

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final AuditLog audit = new AuditLog(JdbcClient.create(postgres.dataSource()),
            new TransactionTemplate(new DataSourceTransactionManager(postgres.dataSource())), Clock.systemUTC(),
            AuditTamperingIT.keys(Map.of("a", AuditTamperingIT.KEY_A), null));
    private final AuditChainMonitor monitor = new AuditChainMonitor(audit, meters, Duration.ofMinutes(10));

    @BeforeEach
    void emptyChain() {
        Superuser.tamper(postgres.dataSource(), "truncate audit_record");
    }

    @Test
    void the_gauge_is_unknown_before_the_first_verification_and_one_for_an_intact_chain() {
        assertThat(intact()).isNaN();
        append("one");
        append("two");

        monitor.verify();

        assertThat(intact()).isEqualTo(1.0);
    }

    @Test
    void a_rewritten_record_turns_the_gauge_to_zero() {
        AuditRecord first = append("one");
        append("two");
        monitor.verify();

        Superuser.tamper(postgres.dataSource(), "update audit_record set to_replicas = 60 where id = " + first.id());
        monitor.verify();

        assertThat(intact()).isZero();
    }

    @Test
    void a_deleted_tail_is_caught_against_the_checkpoint_of_the_previous_verification() {
        append("one");
        AuditRecord last = append("two");
        monitor.verify();

        Superuser.tamper(postgres.dataSource(), "delete from audit_record where id = " + last.id());
        monitor.verify();

        assertThat(intact()).isZero();
    }

    private double intact() {
        return meters.get("vigie.audit.chain.intact").gauge().value();
    }

    private AuditRecord append(String reason) {
        return audit.append(new AuditEntry("alice", "scale", "ara-lycees", "sso", 2, 6, reason, "INC-42",
                Outcome.REQUESTED, "replicas", UUID.randomUUID(), null));
    }
}
