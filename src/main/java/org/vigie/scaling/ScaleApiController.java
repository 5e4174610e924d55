package org.vigie.scaling;

import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * {@code POST /api/v1/tenants/{tenant}/services/{service}/scale} with
 * {@code {"replicas": n, "reason": "…", "incident": "…", "expectedReplicas": n, "confirm": "<service>"}}
 * ({@code maxReplicas} too for an autoscaled service, whose {@code replicas} is the HPA's minimum)
 * and an optional {@code Idempotency-Key} header.
 */
@RestController
class ScaleApiController {

    static final Set<String> FIELDS = Set.of("replicas", "reason", "incident", "expectedReplicas", "confirm",
            "maxReplicas");
    private static final int MAX_KEY = 200;

    private final ScalingService scaling;
    private final JsonMapper json;
    private final CurrentCaller callers;

    ScaleApiController(ScalingService scaling, JsonMapper json, CurrentCaller callers) {
        this.scaling = scaling;
        this.callers = callers;
        this.json = json;
    }

    @PostMapping("/api/v1/tenants/{tenant}/services/{service}/scale")
    ResponseEntity<?> scale(@PathVariable String tenant, @PathVariable String service,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        JsonObjectBody parsed = JsonObjectBody.parse(json, contentType, body, FIELDS,
                "{\"replicas\": 6, \"reason\": \"login storm\"}");
        if (parsed.refusal().isPresent()) {
            return parsed.refusal().get();
        }
        JsonNode request = parsed.object();
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1," + MAX_KEY + "}")) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "header 'Idempotency-Key' must be 1 to " + MAX_KEY + " visible ASCII characters (no space), "
                            + "such as a UUID");
        }
        for (String field : new String[] {"replicas", "expectedReplicas", "maxReplicas"}) {
            JsonNode node = request.get(field);
            if (node != null && !node.isNull() && !(node.isIntegralNumber() && node.canConvertToInt())) {
                return Problems.invalidJson("Invalid field", field, node, "a whole number");
            }
        }
        for (String field : new String[] {"reason", "incident", "confirm"}) {
            JsonNode node = request.get(field);
            if (node != null && !node.isNull() && !node.isString()) {
                return Problems.invalidJson("Invalid field", field, node, "a string");
            }
        }
        ScaleResult result = scaling.scale(new ScaleRequest(callers.get(), tenant, service, integer(request, "replicas"),
                integer(request, "expectedReplicas"), text(request, "reason"), text(request, "incident"),
                idempotencyKey, text(request, "confirm"), integer(request, "maxReplicas")));
        return ScaleResponses.of(result);
    }

    private static Integer integer(JsonNode request, String field) {
        JsonNode node = request.get(field);
        return node == null || node.isNull() ? null : node.intValue();
    }

    private static String text(JsonNode request, String field) {
        JsonNode node = request.get(field);
        return node == null || node.isNull() ? null : node.stringValue();
    }
}
