package org.vigie.surge;

import java.time.Clock;
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
 * {@code /api/v1/surge-plans}: create (computed at once, 201 with the plan), read, apply, revert,
 * delete. Body: {@code {"name", "multiplier" | "preset", "tenants": [], "regions": [], "start", "end",
 * "timeZone", "incident", "shedEssential", "tenantMultipliers": {}, "regionMultipliers": {}}}.
 */
@RestController
class SurgeApiController {

    static final Set<String> FIELDS = Set.of("name", "multiplier", "preset", "tenants", "regions", "tenantMultipliers",
            "regionMultipliers", "start", "end", "timeZone", "incident", "shedEssential");

    private final SurgePlans plans;
    private final SurgeExecutor executor;
    private final CurrentCaller callers;
    private final JsonMapper json;
    private final Clock clock;

    SurgeApiController(SurgePlans plans, SurgeExecutor executor, CurrentCaller callers, JsonMapper json, Clock clock) {
        this.plans = plans;
        this.executor = executor;
        this.callers = callers;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/api/v1/surge-plans")
    ResponseEntity<?> create(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        JsonObjectBody parsed = JsonObjectBody.parse(json, contentType, body, FIELDS,
                "{\"name\": \"rentrée\", \"multiplier\": 1.5, \"regions\": [\"hauts-de-france\"]}");
        if (parsed.refusal().isPresent()) {
            return parsed.refusal().get();
        }
        SurgeDraft draft = SurgeJson.draft(parsed.object());
        SurgePlan plan = plans.create(callers.get(), draft);
        return ResponseEntity.status(HttpStatus.CREATED).body(document(plan));
    }

    @GetMapping("/api/v1/surge-plans")
    List<Map<String, Object>> list() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (SurgePlan plan : plans.all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", plan.id());
            row.put("name", plan.name());
            row.put("state", plan.state());
            row.put("window", SurgeText.window(plan.window()));
            all.add(row);
        }
        return all;
    }

    @GetMapping("/api/v1/surge-plans/{id}")
    Map<String, Object> get(@PathVariable String id) {
        UUID plan = SurgeJson.id(id);
        return document(plans.find(plan).orElseThrow(() -> SurgePlans.notFound(plan)));
    }

    @PostMapping("/api/v1/surge-plans/{id}/apply")
    Map<String, Object> apply(@PathVariable String id) {
        UUID plan = SurgeJson.id(id);
        executor.apply(callers.get(), plan);
        return get(id);
    }

    @PostMapping("/api/v1/surge-plans/{id}/revert")
    Map<String, Object> revert(@PathVariable String id) {
        UUID plan = SurgeJson.id(id);
        executor.revert(callers.get(), plan);
        return get(id);
    }

    @DeleteMapping("/api/v1/surge-plans/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        plans.delete(callers.get(), SurgeJson.id(id));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(SurgeRefused.class)
    ResponseEntity<?> refused(SurgeRefused refused) {
        return switch (refused.kind()) {
            case INVALID -> Problems.of(HttpStatus.BAD_REQUEST, "Invalid surge plan", refused.getMessage());
            case FORBIDDEN -> Problems.of(HttpStatus.FORBIDDEN, "Forbidden", refused.getMessage());
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "Not found", refused.getMessage());
            case CONFLICT -> Problems.of(HttpStatus.CONFLICT, "Conflict", refused.getMessage());
        };
    }

    private Map<String, Object> document(SurgePlan plan) {
        return SurgeDocuments.of(plan, plans.changes(plan.id()), clock.instant());
    }
}
