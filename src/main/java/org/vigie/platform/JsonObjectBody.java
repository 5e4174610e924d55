package org.vigie.platform;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A request body that must be a JSON object with known fields: the object, or the 400 saying why not. */
public record JsonObjectBody(JsonNode object, ResponseEntity<ProblemDetail> problem) {

    public static JsonObjectBody parse(JsonMapper json, String body, Set<String> fields, String example) {
        JsonNode request;
        try {
            request = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JacksonException e) {
            return refused(Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON", "the body is not valid JSON: "
                    + e.getOriginalMessage()));
        }
        if (request == null || !request.isObject()) {
            return refused(Problems.of(HttpStatus.BAD_REQUEST, "Malformed request",
                    "the body must be a JSON object such as " + example));
        }
        for (String name : request.propertyNames()) {
            if (!fields.contains(name)) {
                return refused(Problems.invalidJson("Unknown field", name, request.get(name),
                        "no such field; allowed: " + String.join(", ", new TreeSet<>(fields))));
            }
        }
        return new JsonObjectBody(request, null);
    }

    public Optional<ResponseEntity<ProblemDetail>> refusal() {
        return Optional.ofNullable(problem);
    }

    private static JsonObjectBody refused(ResponseEntity<ProblemDetail> problem) {
        return new JsonObjectBody(null, problem);
    }
}
