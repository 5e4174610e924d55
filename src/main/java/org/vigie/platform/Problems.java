package org.vigie.platform;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** RFC 9457 problem+json answers with a precise detail. */
public final class Problems {

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).body(problem);
    }

    /** 400 for one field of a JSON body, its value shown as the JSON received. */
    public static ResponseEntity<ProblemDetail> invalidJson(String title, String field, JsonNode value, String allowed) {
        return of(HttpStatus.BAD_REQUEST, title, "field '" + field + "': value " + value
                + " is not allowed; expected " + allowed);
    }

    /** 400 for one field: its name, the value received and what is allowed. */
    public static ResponseEntity<ProblemDetail> invalidField(String title, String field, Object value, String allowed) {
        String shown = value == null ? "missing" : "value " + (value instanceof String ? "\"" + value + "\"" : value)
                + " is not allowed";
        return of(HttpStatus.BAD_REQUEST, title, "field '" + field + "': " + shown + "; expected " + allowed);
    }
}
