package org.vigie.security.display;

import java.time.Instant;
import java.util.UUID;

/** A wall display's board link as listed: never its secret. {@code region} null: the whole fleet. */
public record DisplayToken(UUID id, String name, String region, String createdBy, Instant createdAt,
        Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
