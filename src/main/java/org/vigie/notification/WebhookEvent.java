package org.vigie.notification;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook may subscribe to, by the name it has in payloads and requests. */
public enum WebhookEvent {
    INCIDENT_DECLARED("incident.declared"),
    INCIDENT_UPDATED("incident.updated"),
    INCIDENT_RESOLVED("incident.resolved"),
    TENANT_RED("tenant.red");

    private final String wire;

    WebhookEvent(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<WebhookEvent> ofWire(String name) {
        return Arrays.stream(values()).filter(e -> e.wire.equals(name)).findFirst();
    }
}
