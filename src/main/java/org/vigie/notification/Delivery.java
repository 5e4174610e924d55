package org.vigie.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery as the ADMIN sees it: the event, where it goes, how it stands, and its last attempt
 * ({@code lastStatus} null when no HTTP answer came back, {@code lastError} then says why).
 */
public record Delivery(UUID id, String event, String url, State state, int attempts, Instant createdAt,
        Instant lastAt, Integer lastStatus, String lastError) {

    public enum State {
        PENDING, DELIVERED, FAILED
    }
}
