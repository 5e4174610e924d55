package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigie.audit.AuditEntry.Outcome;

class AuditHashTest {

    private final AuditKeys keys = AuditKeys.ephemeral();

    private AuditRecord record(String tenant, String reason, String incident) {
        return new AuditRecord(1, Instant.parse("2026-11-23T06:45:00Z"), "alice", "scale", tenant, "sso", 2, 6,
                reason, incident, Outcome.SUCCEEDED, null, UUID.fromString("00000000-0000-0000-0000-000000000042"),
                null, keys.current(), AuditLog.GENESIS, null);
    }

    private String hash(AuditRecord record) {
        return AuditChain.hash(keys, record);
    }

    @Test
    void a_value_moved_across_a_field_boundary_changes_the_hash() {
        assertThat(hash(record("t", "storm\u001fINC", "42"))).isNotEqualTo(hash(record("t", "storm", "INC\u001f42")));
        assertThat(hash(record("t", "storm", "INC"))).isNotEqualTo(hash(record("t", "stormI", "NC")));
        assertThat(hash(record(null, "storm", "INC"))).isNotEqualTo(hash(record("", "storm", "INC")));
    }

    @Test
    void the_hash_is_an_hmac_that_another_key_cannot_reproduce() {
        AuditRecord record = record("t", "storm", "INC");
        AuditKeys other = AuditKeys.ephemeral();

        assertThat(hash(record)).hasSize(64).isEqualTo(hash(record));
        assertThat(other.mac(other.current(), record.encoded())).isNotEqualTo(hash(record));
    }
}
