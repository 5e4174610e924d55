package org.vigie.security.tokens;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as listed: never its secret. */
public record ApiToken(UUID id, String username, String name, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
