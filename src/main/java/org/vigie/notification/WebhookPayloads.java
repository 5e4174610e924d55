package org.vigie.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.vigie.history.StatusTransition;
import org.vigie.incident.IncidentEvent;
import tools.jackson.databind.json.JsonMapper;

/** The JSON bodies sent (documented in the README): one shape per kind of event, with the delivery's id. */
@Component
class WebhookPayloads {

    private final JsonMapper json;

    WebhookPayloads(JsonMapper json) {
        this.json = json;
    }

    static WebhookEvent eventOf(IncidentEvent event) {
        return switch (event.type()) {
            case DECLARED -> WebhookEvent.INCIDENT_DECLARED;
            case UPDATED -> WebhookEvent.INCIDENT_UPDATED;
            case RESOLVED -> WebhookEvent.INCIDENT_RESOLVED;
        };
    }

    String incident(UUID delivery, IncidentEvent event) {
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("id", event.incidentId());
        incident.put("title", event.title());
        incident.put("severity", event.severity());
        incident.put("state", event.state());
        incident.put("tenants", event.tenants());
        incident.put("text", event.text());
        incident.put("public", event.publicUpdate());
        return body(delivery, eventOf(event), event.at().toString(), "incident", incident);
    }

    String tenantRed(UUID delivery, StatusTransition transition) {
        Map<String, Object> tenant = new LinkedHashMap<>();
        tenant.put("name", transition.tenant());
        tenant.put("from", transition.from() == null ? null : transition.from().name());
        tenant.put("to", transition.to().name());
        tenant.put("reasons", transition.reasons());
        return body(delivery, WebhookEvent.TENANT_RED, transition.at().toString(), "tenant", tenant);
    }

    private String body(UUID delivery, WebhookEvent event, String at, String subjectName, Map<String, Object> subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", delivery.toString());
        body.put("event", event.wire());
        body.put("at", at);
        body.put(subjectName, subject);
        return json.writeValueAsString(body);
    }
}
