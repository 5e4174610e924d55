package org.vigie.audit;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.audit.*}: the keys of the audit chain, never stored in the database.
 * {@code keys.<id>} is a Base64 secret of at least 32 bytes; {@code key-file} a mounted file of
 * {@code <id>=<base64>} lines; {@code current-key} the id that signs new records (optional with one
 * key). Older keys stay listed so that older records still verify. A signed checkpoint is published
 * every {@code checkpoint-interval}.
 */
@Validated
@ConfigurationProperties("vigie.audit")
public record AuditProperties(
        Map<String, String> keys,
        Path keyFile,
        String currentKey,
        @NotNull @DefaultValue("1m") Duration checkpointInterval) {
}
