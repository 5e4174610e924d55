package org.vigie.incident;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.platform.JsonObjectBody;
import org.vigie.platform.Problems;
import org.vigie.security.CurrentCaller;
import org.vigie.security.SecurityAudit;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/incidents}: declare (201), list ({@code ?state=open}), read with the timeline,
 * post a note, public update or state change, and the review ({@code ?format=md|json});
 * {@code /api/v1/maintenance-windows}: plan, list, end.
 */
@RestController
class IncidentApiController {

    static final Set<String> DECLARATION = Set.of("title", "severity", "tenants", "services", "summary",
            "impactStartedAt", "commander");
    static final Set<String> UPDATE = Set.of("text", "public", "state", "commander", "impactStartedAt");
    static final Set<String> MAINTENANCE = Set.of("start", "end", "tenants", "text");

    private final Incidents incidents;
    private final IncidentTimeline timeline;
    private final IncidentReview review;
    private final MaintenanceWindows maintenance;
    private final CurrentCaller callers;
    private final SecurityAudit security;
    private final JsonMapper json;

    IncidentApiController(Incidents incidents, IncidentTimeline timeline, IncidentReview review,
            MaintenanceWindows maintenance, CurrentCaller callers, SecurityAudit security, JsonMapper json) {
        this.security = security;
        this.incidents = incidents;
        this.timeline = timeline;
        this.review = review;
        this.maintenance = maintenance;
        this.callers = callers;
        this.json = json;
    }

    @PostMapping("/api/v1/incidents")
    ResponseEntity<?> declare(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        JsonObjectBody parsed = JsonObjectBody.parse(json, contentType, body, DECLARATION,
                "{\"title\": \"SSO en panne\", \"severity\": \"SEV1\", \"tenants\": [\"ara-lycees\"]}");
        if (parsed.refusal().isPresent()) {
            return parsed.refusal().get();
        }
        Incident incident = incidents.declare(callers.get(), IncidentJson.declaration(parsed.object()));
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION,
                "/api/v1/incidents/" + incident.reference()).body(document(incident));
    }

    @GetMapping("/api/v1/incidents")
    List<Map<String, Object>> list(@RequestParam(required = false) String state) {
        if (state != null && !state.equals("open") && !state.equals("all")) {
            throw IncidentRefused.field("state", IncidentValidation.printable("state", state), "open or all");
        }
        return incidents.list("open".equals(state)).stream().map(IncidentDocuments::summary).toList();
    }

    @GetMapping("/api/v1/incidents/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return document(find(id));
    }

    @PostMapping("/api/v1/incidents/{id}/updates")
    ResponseEntity<?> update(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        long incident = Incidents.id(id);
        JsonObjectBody parsed = JsonObjectBody.parse(json, contentType, body, UPDATE,
                "{\"text\": \"Le SSO répond de nouveau\", \"public\": true, \"state\": \"monitoring\"}");
        if (parsed.refusal().isPresent()) {
            return parsed.refusal().get();
        }
        return ResponseEntity.ok(document(incidents.update(callers.get(), incident, IncidentJson.update(parsed.object()))));
    }

    @GetMapping("/api/v1/incidents/{id}/review")
    ResponseEntity<?> review(@PathVariable String id, @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("md") && !format.equals("json")) {
            throw IncidentRefused.field("format", IncidentValidation.printable("format", format), "md or json");
        }
        Incident incident = find(id);
        if (format.equals("md")) {
            return ResponseEntity.ok().contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8))
                    .body(review.markdown(incident));
        }
        return ResponseEntity.ok(review.json(incident));
    }

    @PostMapping("/api/v1/maintenance-windows")
    ResponseEntity<?> plan(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        JsonObjectBody parsed = JsonObjectBody.parse(json, contentType, body, MAINTENANCE,
                "{\"start\": \"2027-03-29T20:00+02:00\", \"end\": \"2027-03-29T22:00+02:00\", \"tenants\": [\"ara-lycees\"], "
                        + "\"text\": \"Mise à jour\"}");
        if (parsed.refusal().isPresent()) {
            return parsed.refusal().get();
        }
        var o = parsed.object();
        MaintenanceWindow window = maintenance.plan(callers.get(), IncidentJson.text(o, "start"), IncidentJson.text(o, "end"),
                IncidentJson.strings(o, "tenants"), IncidentJson.text(o, "text"));
        return ResponseEntity.status(HttpStatus.CREATED).body(window);
    }

    @GetMapping("/api/v1/maintenance-windows")
    List<MaintenanceWindow> windows() {
        return maintenance.notOver();
    }

    @PostMapping("/api/v1/maintenance-windows/{id}/end")
    MaintenanceWindow end(@PathVariable String id) {
        if (!id.matches("[1-9]\\d{0,17}")) {
            throw IncidentRefused.field("id", IncidentValidation.printable("id", id), "a maintenance window id (a number)");
        }
        return maintenance.end(callers.get(), Long.parseLong(id));
    }

    @ExceptionHandler(IncidentRefused.class)
    ResponseEntity<?> refused(IncidentRefused refused, HttpServletRequest request) {
        if (refused.kind() == IncidentRefused.Kind.FORBIDDEN) {
            security.denied(callers.get().username(), request.getMethod() + " " + request.getRequestURI(), null,
                    refused.getMessage());
        }
        return switch (refused.kind()) {
            case INVALID -> Problems.of(HttpStatus.BAD_REQUEST, "Invalid incident request", refused.getMessage());
            case FORBIDDEN -> Problems.of(HttpStatus.FORBIDDEN, "Forbidden", refused.getMessage());
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "Not found", refused.getMessage());
            case CONFLICT -> Problems.of(HttpStatus.CONFLICT, "Conflict", refused.getMessage());
        };
    }

    private Incident find(String id) {
        long incident = Incidents.id(id);
        return incidents.find(incident).orElseThrow(() -> IncidentRefused.notFound(Incident.PREFIX + incident));
    }

    private Map<String, Object> document(Incident incident) {
        return IncidentDocuments.withTimeline(incident, timeline.of(incident));
    }
}
