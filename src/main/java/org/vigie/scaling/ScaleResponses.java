package org.vigie.scaling;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.vigie.platform.Problems;

/** Scale outcomes as HTTP: 200 with the result, or the problem+json status each refusal deserves. */
final class ScaleResponses {

    private ScaleResponses() {
    }

    static ResponseEntity<?> of(ScaleResult result) {
        if (result.scaled()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("message", result.message());
            body.put("from", result.from());
            body.put("to", result.to());
            body.put("correlationId", result.correlationId());
            return ResponseEntity.ok(body);
        }
        return switch (result.kind()) {
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "Not found", result.message());
            case INVALID, NEEDS_CONFIRMATION -> Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", result.message());
            case OUT_OF_BOUNDS -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Out of bounds", result.message());
            case OVER_QUOTA -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Over quota", result.message());
            case KEY_REUSED -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", result.message());
            case FORBIDDEN -> Problems.of(HttpStatus.FORBIDDEN, "Forbidden", result.message());
            case CONFLICT -> Problems.of(HttpStatus.CONFLICT, "Conflict", result.message());
            case CLUSTER_SILENT -> Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Cluster not answering", result.message());
            case AUDIT_UNAVAILABLE -> Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Audit store unavailable", result.message());
            case CLUSTER_ERROR, SCALED -> Problems.of(HttpStatus.BAD_GATEWAY, "Kubernetes error", result.message());
        };
    }
}
