package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AuditKeysTest {

    static final String KEY = "0123456789abcdef0123456789abcdef0123456789A=";

    private static AuditProperties properties(Map<String, String> keys, Path file, String current) {
        return new AuditProperties(keys, file, current, null);
    }

    @Test
    void keys_come_from_properties_and_a_mounted_file_and_the_current_one_signs() throws Exception {
        Path file = Files.writeString(Files.createTempFile("audit-keys", ".properties"), "k2027=" + KEY + "\n");

        AuditKeys keys = AuditKeys.configured(properties(Map.of("k2026", KEY), file, "k2027")).orElseThrow();

        assertThat(keys.current()).isEqualTo("k2027");
        assertThat(keys.knows("k2026")).isTrue();
        assertThat(keys.toString()).doesNotContain(KEY);
    }

    @Test
    void a_bad_key_configuration_is_refused_with_the_property_named() {
        assertThatThrownBy(() -> AuditKeys.configured(properties(Map.of("k1", "not base64!"), null, null)))
                .hasMessageStartingWith("vigie.audit.keys.k1: not Base64");
        assertThatThrownBy(() -> AuditKeys.configured(properties(Map.of("k1", "c2hvcnQ="), null, null)))
                .hasMessage("vigie.audit.keys.k1: 5 byte(s); at least 32 are required; generate a key with: "
                        + "openssl rand -base64 32");
        assertThatThrownBy(() -> AuditKeys.configured(properties(Map.of("k1", KEY, "k2", KEY), null, null)))
                .hasMessageStartingWith("vigie.audit.current-key: missing; with several keys [k1, k2]");
        assertThatThrownBy(() -> AuditKeys.configured(properties(Map.of("k1", KEY), null, "k9")))
                .hasMessage("vigie.audit.current-key: 'k9' is not a configured key; configured: [k1]");
        assertThatThrownBy(() -> AuditKeys.configured(properties(Map.of("k 1", KEY), null, null)))
                .hasMessageStartingWith("vigie.audit.keys: key id 'k 1' is not allowed");
        assertThatThrownBy(() -> AuditKeys.configured(properties(null, Path.of("/nonexistent/keys"), null)))
                .hasMessageStartingWith("vigie.audit.key-file: cannot read /nonexistent/keys");
    }

    @Test
    void without_a_key_an_embedded_database_gets_a_key_for_this_run_and_an_external_one_refuses_to_start() {
        AuditConfiguration configuration = new AuditConfiguration();
        AuditProperties none = properties(null, null, null);

        assertThat(configuration.auditKeys(none, new MockEnvironment()).current()).startsWith("ephemeral-");
        assertThatThrownBy(() -> configuration.auditKeys(none, new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/vigie")))
                .hasMessageStartingWith("vigie.audit: no key configured for the audit chain while the database is "
                        + "jdbc:postgresql://db/vigie; set vigie.audit.keys.<id>=");
    }
}
