package org.vigie.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A configured webhook as shown: its secret only as a hint ("…" and its last four characters). */
public record Webhook(UUID id, String url, String secretHint, List<WebhookEvent> events, boolean active,
        String createdBy, Instant createdAt) {

    public Webhook {
        events = List.copyOf(events);
    }
}
