package org.vigie.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.platform.JsonObjectBody;
import org.vigie.platform.Problems;
import org.vigie.security.CurrentCaller;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/webhooks} (ADMIN): list (secrets as a hint only), create
 * {@code {"url", "secret" (optional: generated), "events": [...]}} → 201 with the secret once, delete.
 */
@RestController
class WebhookApiController {

    private static final String EXAMPLE = "{\"url\": \"https://chat.example.fr/hooks/vigie\", "
            + "\"events\": [\"incident.declared\", \"tenant.red\"]}";

    private final Webhooks webhooks;
    private final CurrentCaller callers;
    private final JsonMapper json;

    WebhookApiController(Webhooks webhooks, CurrentCaller callers, JsonMapper json) {
        this.webhooks = webhooks;
        this.callers = callers;
        this.json = json;
    }

    @GetMapping("/api/v1/webhooks")
    List<Map<String, Object>> list() {
        return webhooks.all().stream().map(WebhookApiController::document).toList();
    }

    @PostMapping("/api/v1/webhooks")
    ResponseEntity<?> create(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        JsonObjectBody parsed = JsonObjectBody.parse(json, contentType, body, Set.of("url", "secret", "events"), EXAMPLE);
        if (parsed.refusal().isPresent()) {
            return parsed.refusal().get();
        }
        JsonNode request = parsed.object();
        JsonNode url = request.get("url");
        JsonNode secret = request.get("secret");
        JsonNode events = request.get("events");
        if (url == null || !url.isString()) {
            return Problems.invalidField("Invalid field", "url", url == null ? null : url.toString(),
                    "a string, an http or https URL");
        }
        if (secret != null && !secret.isString() && !secret.isNull()) {
            return Problems.invalidJson("Invalid field", "secret", secret, "a string of 16 to 200 characters");
        }
        if (events == null || !events.isArray() || !events.valueStream().allMatch(JsonNode::isString)) {
            return Problems.invalidField("Invalid field", "events", events == null ? null : events.toString(),
                    "an array of event names such as [\"incident.declared\", \"tenant.red\"]");
        }
        List<String> names = new ArrayList<>();
        events.valueStream().forEach(e -> names.add(e.stringValue()));
        IssuedWebhook issued = webhooks.create(callers.get(), url.stringValue(),
                secret == null || secret.isNull() ? null : secret.stringValue(), names);
        Map<String, Object> answer = document(issued.webhook());
        answer.put("secret", issued.secret());
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    ResponseEntity<?> delete(@PathVariable String id) {
        UUID webhook;
        try {
            webhook = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Problems.invalidField("Invalid id", "id", id, "a webhook id (UUID)");
        }
        webhooks.remove(callers.get(), webhook);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(WebhookRefused.class)
    ResponseEntity<?> refused(WebhookRefused refused) {
        return refused.field().equals("id") ? Problems.of(HttpStatus.NOT_FOUND, "Not found", refused.getMessage())
                : Problems.of(HttpStatus.BAD_REQUEST, "Invalid webhook", refused.getMessage());
    }

    private static Map<String, Object> document(Webhook webhook) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", webhook.id());
        document.put("url", webhook.url());
        document.put("secretHint", webhook.secretHint());
        document.put("events", webhook.events().stream().map(WebhookEvent::wire).toList());
        document.put("active", webhook.active());
        document.put("createdBy", webhook.createdBy());
        document.put("createdAt", webhook.createdAt());
        return document;
    }
}
