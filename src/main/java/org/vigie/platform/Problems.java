package org.vigie.platform;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** RFC 9457 problem+json answers with a precise detail. */
public final class Problems {

    public static final String DATABASE_UNAVAILABLE = "Database unavailable";
    public static final String DATABASE_UNAVAILABLE_DETAIL = "PostgreSQL (users, tokens, catalogue and audit trail) "
            + "does not answer, so this request was not served; scaling and changes are paused until it is back. "
            + "Try again in a minute.";
    /** Seconds a client should wait before trying again while the database is away. */
    public static final int DATABASE_RETRY_AFTER_SECONDS = 30;

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).body(problem);
    }

    /** 503 while PostgreSQL does not answer, with {@code Retry-After}. */
    public static ResponseEntity<ProblemDetail> databaseUnavailable() {
        ResponseEntity<ProblemDetail> problem = of(HttpStatus.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE,
                DATABASE_UNAVAILABLE_DETAIL);
        return ResponseEntity.status(problem.getStatusCode())
                .header("Retry-After", String.valueOf(DATABASE_RETRY_AFTER_SECONDS)).body(problem.getBody());
    }

    /** 400 for one field of a JSON body, its value shown as the JSON received. */
    public static ResponseEntity<ProblemDetail> invalidJson(String title, String field, JsonNode value, String allowed) {
        return of(HttpStatus.BAD_REQUEST, title, "field '" + field + "': value " + value
                + " is not allowed; expected " + allowed);
    }

    /** 400 for one field: its name, the value received and what is allowed. */
    public static ResponseEntity<ProblemDetail> invalidField(String title, String field, Object value, String allowed) {
        return of(HttpStatus.BAD_REQUEST, title, fieldProblem(field, value, allowed));
    }

    /** "field 'x': value "v" is not allowed; expected …" (or "missing" when there is no value). */
    public static String fieldProblem(String field, Object value, String allowed) {
        String shown = value == null ? "missing" : "value " + (value instanceof String ? "\"" + value + "\"" : value)
                + " is not allowed";
        return "field '" + field + "': " + shown + "; expected " + allowed;
    }
}
