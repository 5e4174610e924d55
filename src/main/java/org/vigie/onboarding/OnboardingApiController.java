package org.vigie.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/onboardings}: plan (201, body: the tenant document as JSON), apply (202, runs in
 * the background: poll {@code GET /{id}}), rollback, change, suspend, offboard, and the tenant file.
 */
@RestController
class OnboardingApiController {

    private static final String ROOT = "/api/v1/onboardings";
    private static final Set<String> DOCUMENT = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final String DOCUMENT_EXAMPLE = "{\"apiVersion\": \"vigie/v1\", \"kind\": \"Tenant\", "
            + "\"metadata\": {\"name\": \"loire-colleges\"}, \"spec\": {…}}";

    private final Onboardings onboardings;
    private final JsonMapper json;
    private final CurrentCaller callers;

    OnboardingApiController(Onboardings onboardings, JsonMapper json, CurrentCaller callers) {
        this.onboardings = onboardings;
        this.json = json;
        this.callers = callers;
    }

    @PostMapping(ROOT)
    ResponseEntity<?> plan(@RequestParam(required = false) String reason,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        return withBody(contentType, body, DOCUMENT, DOCUMENT_EXAMPLE,
                document -> created(onboardings.plan(document, reason, callers.get())));
    }

    @PostMapping(ROOT + "/changes")
    ResponseEntity<?> planChange(@RequestParam(required = false) String reason,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        return withBody(contentType, body, DOCUMENT, DOCUMENT_EXAMPLE,
                document -> created(onboardings.planChange(document, reason, callers.get())));
    }

    @PostMapping(ROOT + "/suspensions")
    ResponseEntity<?> planSuspend(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        return withBody(contentType, body, Set.of("tenant", "reason"), "{\"tenant\": \"loire-colleges\"}",
                request -> created(onboardings.planSuspend(text(request, "tenant"), text(request, "reason"),
                        callers.get())));
    }

    @PostMapping(ROOT + "/offboardings")
    ResponseEntity<?> planOffboard(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        return withBody(contentType, body, Set.of("tenant", "confirm", "reason"),
                "{\"tenant\": \"loire-colleges\", \"confirm\": \"loire-colleges\"}",
                request -> created(onboardings.planOffboard(text(request, "tenant"), text(request, "confirm"),
                        text(request, "reason"), callers.get())));
    }

    @PostMapping(ROOT + "/{id}/apply")
    ResponseEntity<?> apply(@PathVariable String id) {
        return withId(id, run -> ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(OnboardingJson.of(onboardings.apply(run, callers.get()))));
    }

    @PostMapping(ROOT + "/{id}/rollback")
    ResponseEntity<?> rollback(@PathVariable String id) {
        return withId(id, run -> ResponseEntity.ok(OnboardingJson.of(onboardings.rollback(run, callers.get()))));
    }

    @GetMapping(ROOT + "/{id}")
    ResponseEntity<?> get(@PathVariable String id) {
        return withId(id, run -> onboardings.find(run).<ResponseEntity<?>>map(r -> ResponseEntity.ok(OnboardingJson.of(r)))
                .orElseGet(() -> notFound(id)));
    }

    @GetMapping(ROOT)
    List<Map<String, Object>> recent() {
        return onboardings.recent().stream().map(OnboardingJson::of).toList();
    }

    @GetMapping(ROOT + "/{id}/tenant.yaml")
    ResponseEntity<?> tenantYaml(@PathVariable String id) {
        return withId(id, run -> onboardings.tenantYaml(run).<ResponseEntity<?>>map(yaml -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/yaml; charset=utf-8"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                                + onboardings.find(run).orElseThrow().tenant() + ".yaml\"")
                        .body(yaml))
                .orElseGet(() -> notFound(id)));
    }

    private ResponseEntity<?> withBody(String contentType, String body, Set<String> fields, String example,
            Function<JsonNode, ResponseEntity<?>> action) {
        JsonObjectBody parsed = JsonObjectBody.parse(json, contentType, body, fields, example);
        if (parsed.refusal().isPresent()) {
            return parsed.refusal().get();
        }
        for (String field : Set.of("tenant", "confirm", "reason")) {
            JsonNode node = fields.contains(field) ? parsed.object().get(field) : null;
            if (node != null && !node.isNull() && !node.isString()) {
                return Problems.invalidJson("Invalid field", field, node, "a string");
            }
        }
        return refusals(() -> action.apply(parsed.object()));
    }

    private static ResponseEntity<?> withId(String id, Function<UUID, ResponseEntity<?>> action) {
        UUID run;
        try {
            run = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Problems.invalidField("Invalid id", "id", id, "a run id (UUID) as returned by POST " + ROOT);
        }
        return refusals(() -> action.apply(run));
    }

    private static ResponseEntity<?> refusals(java.util.function.Supplier<ResponseEntity<?>> action) {
        try {
            return action.get();
        } catch (PlanRefusedException e) {
            HttpStatus status = switch (e.flavour()) {
                case CONFLICT -> HttpStatus.CONFLICT;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
                case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            };
            ResponseEntity<org.springframework.http.ProblemDetail> problem = Problems.of(status,
                    status == HttpStatus.CONFLICT ? "Conflict" : "Plan refused", e.getMessage());
            problem.getBody().setProperty("problems", e.problems().stream().map(p -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("field", p.field());
                item.put("value", p.value());
                item.put("allowed", p.allowed());
                return item;
            }).toList());
            return problem;
        }
    }

    private static ResponseEntity<?> created(OnboardingRun run) {
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, ROOT + "/" + run.id())
                .body(OnboardingJson.of(run));
    }

    private static ResponseEntity<?> notFound(String id) {
        return Problems.of(HttpStatus.NOT_FOUND, "No such run", "id '" + id + "': no onboarding run has this id");
    }

    private static String text(JsonNode request, String field) {
        JsonNode node = request.get(field);
        return node == null || node.isNull() ? null : node.stringValue();
    }
}
