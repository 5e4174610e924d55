package org.vigie.notification;

import java.util.function.Function;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.vigie.health.Status;
import org.vigie.history.TransitionRecorded;
import org.vigie.incident.IncidentEvent;

/**
 * Turns incident events and transitions to RED into PENDING deliveries, and returns: nothing is sent
 * on the publisher's thread (the status-history writer's, for transitions). If PostgreSQL cannot take
 * the rows, the event is logged at ERROR with its payload, never thrown back at the publisher.
 */
@Component
class WebhookListener {

    private static final Logger log = LoggerFactory.getLogger(WebhookListener.class);

    private final WebhookDeliveries deliveries;
    private final WebhookPayloads payloads;

    WebhookListener(WebhookDeliveries deliveries, WebhookPayloads payloads) {
        this.deliveries = deliveries;
        this.payloads = payloads;
    }

    @EventListener
    void on(IncidentEvent event) {
        enqueue(WebhookPayloads.eventOf(event), id -> payloads.incident(id, event));
    }

    @EventListener
    void on(TransitionRecorded recorded) {
        if (recorded.transition().to() == Status.RED) {
            enqueue(WebhookEvent.TENANT_RED, id -> payloads.tenantRed(id, recorded.transition()));
        }
    }

    private void enqueue(WebhookEvent event, Function<UUID, String> payload) {
        try {
            deliveries.enqueue(event, payload);
        } catch (DataAccessException | TransactionException e) {
            log.error("Webhook event {} NOT recorded, PostgreSQL unavailable ({}); it will not be delivered: {}",
                    event.wire(), e.getMessage(), payload.apply(new UUID(0, 0)));
        }
    }
}
