package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.platform.Sha256;
import org.vigie.testing.MigratedPostgres;

/** What someone with full access to the database, but not the key, can and cannot hide. */
class AuditTamperingIT {

    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres();

    static final String KEY_A = "0123456789abcdef0123456789abcdef0123456789A=";
    static final String KEY_B = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    private final JdbcClient jdbc = JdbcClient.create(postgres.dataSource());
    private final AuditKeys keys = keys(Map.of("a", KEY_A), null);
    private final AuditLog audit = log(keys);

    static AuditKeys keys(Map<String, String> secrets, String current) {
        return AuditKeys.configured(new AuditProperties(secrets, (Path) null, current, null)).orElseThrow();
    }

    private AuditLog log(AuditKeys with) {
        return new AuditLog(jdbc, new TransactionTemplate(new DataSourceTransactionManager(postgres.dataSource())),
                Clock.systemUTC(), with);
    }

    private AuditRecord append(AuditLog to, String reason) {
        return to.append(new AuditEntry("alice", "scale", "ara-lycees", "sso", 2, 6, reason, "INC-42",
                Outcome.REQUESTED, "replicas", UUID.randomUUID(), null));
    }

    @BeforeEach
    void emptyChain() {
        Superuser.tamper(postgres.dataSource(), "truncate audit_record");
    }

    @Test
    void a_record_rewritten_with_every_following_hash_recomputed_is_detected() {
        AuditRecord first = append(audit, "one");
        AuditRecord second = append(audit, "two");
        AuditRecord third = append(audit, "three");

        rewriteAsLegacy(first, second, third);

        AuditVerification result = audit.verify();
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(first.id());
        assertThat(result.problem()).contains("has no key id");
    }

    @Test
    void a_record_rewritten_and_signed_with_a_guessed_key_is_detected() {
        AuditRecord first = append(audit, "one");
        AuditKeys guessed = keys(Map.of("a", KEY_B), null);
        AuditRecord forged = new AuditRecord(first.id(), first.at(), first.actor(), first.action(), first.tenant(),
                first.service(), first.fromReplicas(), 60, first.reason(), first.incident(), first.outcome(),
                first.detail(), first.correlationId(), null, "a", first.previousHash(), null);

        Superuser.tamper(postgres.dataSource(), "update audit_record set to_replicas = 60, hash = '"
                + AuditChain.hash(guessed, forged) + "' where id = " + first.id());

        AuditVerification result = audit.verify();
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(first.id());
        assertThat(result.problem()).contains("was altered after it was written");
    }

    @Test
    void deleting_the_newest_records_is_detected_with_the_last_checkpoint() {
        append(audit, "one");
        append(audit, "two");
        AuditRecord last = append(audit, "three");
        AuditCheckpoint checkpoint = audit.checkpoint();

        Superuser.tamper(postgres.dataSource(), "delete from audit_record where id = " + last.id());

        AuditVerification withCheckpoint = audit.verify(checkpoint);
        assertThat(withCheckpoint.ok()).isFalse();
        assertThat(withCheckpoint.problem()).isEqualTo("records were deleted: the checkpoint of " + checkpoint.at()
                + " counted 3 record(s), the table holds 2");
        assertThat(audit.verify().proof()).contains("no checkpoint given, so a deleted tail would not show");
    }

    @Test
    void a_tail_replaced_after_a_checkpoint_is_detected_even_with_valid_records() {
        append(audit, "one");
        AuditRecord last = append(audit, "two");
        AuditCheckpoint checkpoint = audit.checkpoint();

        Superuser.tamper(postgres.dataSource(), "delete from audit_record where id = " + last.id());
        AuditRecord replacement = append(audit, "two, said otherwise");

        AuditVerification result = audit.verify(checkpoint);
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(replacement.id());
        assertThat(result.problem()).contains("differs from the checkpoint of " + checkpoint.at())
                .contains("the chain was rewritten");
    }

    @Test
    void a_checkpoint_changed_after_signing_or_signed_with_an_unknown_key_proves_nothing() {
        append(audit, "one");
        AuditCheckpoint real = audit.checkpoint();
        AuditCheckpoint fewer = new AuditCheckpoint(0, AuditLog.GENESIS, real.at(), real.keyId(), real.signature());
        AuditCheckpoint foreign = log(keys(Map.of("z", KEY_B), null)).checkpoint();

        assertThat(audit.verify(real).ok()).isTrue();
        assertThat(audit.verify(fewer).problem()).startsWith("the checkpoint's signature is not valid");
        assertThat(audit.verify(foreign).problem()).startsWith("the checkpoint is signed with key 'z', which is not "
                + "configured");
    }

    @Test
    void verify_says_what_it_proves_and_since_when_across_a_key_rotation() {
        AuditRecord first = append(audit, "one");
        AuditLog rotated = log(keys(Map.of("a", KEY_A, "b", KEY_B), "b"));
        AuditRecord second = append(rotated, "two");
        AuditCheckpoint checkpoint = rotated.checkpoint();

        AuditVerification result = rotated.verify(checkpoint);

        assertThat(second.keyId()).isEqualTo("b");
        assertThat(result.ok()).isTrue();
        assertThat(result.keyIds()).containsExactly("a", "b");
        assertThat(result.headline()).isEqualTo("Chain intact: 2 record(s) verified");
        assertThat(result.proof()).isEqualTo("2 record(s) intact, up to #" + second.id()
                + "; keyed (HMAC-SHA256) since record #" + first.id() + " with key id(s) a, b; consistent with the "
                + "checkpoint of " + checkpoint.at() + " (2 record(s))");
        AuditVerification withoutOldKey = log(keys(Map.of("b", KEY_B), null)).verify();
        assertThat(withoutOldKey.ok()).isFalse();
        assertThat(withoutOldKey.problem()).contains("is signed with key 'a', which is not configured");
    }

    /** The attacker's best move without the key: make the records look as if written before keys existed. */
    private void rewriteAsLegacy(AuditRecord... records) {
        String previous = records[0].previousHash();
        List<String> statements = new ArrayList<>();
        for (AuditRecord r : records) {
            AuditRecord forged = new AuditRecord(r.id(), r.at(), r.actor(), r.action(), r.tenant(), r.service(),
                    r.fromReplicas(), r == records[0] ? 60 : r.toReplicas(), r.reason(), r.incident(), r.outcome(),
                    r.detail(), r.correlationId(), r.idempotencyKey(), null, previous, null);
            String hash = Sha256.hex(forged.legacyCanonical());
            statements.add("update audit_record set key_id = null, to_replicas = " + forged.toReplicas()
                    + ", previous_hash = '" + previous + "', hash = '" + hash + "' where id = " + r.id());
            previous = hash;
        }
        Superuser.tamper(postgres.dataSource(), statements.toArray(String[]::new));
    }
}
