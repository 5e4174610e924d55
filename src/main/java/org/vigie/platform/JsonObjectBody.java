package org.vigie.platform;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request body that must be a JSON object, sent as {@code application/json}, with known fields
 * each given once: the object, or the 4xx saying why not.
 */
public record JsonObjectBody(JsonNode object, ResponseEntity<ProblemDetail> problem) {

    /** Far above any legitimate request (a scale request is under 1 KiB). */
    static final int MAX_BYTES = 64 * 1024;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \\\"(.*?)\\\"");

    public static JsonObjectBody parse(JsonMapper json, String contentType, String body, Set<String> fields,
            String example) {
        if (!isJson(contentType)) {
            return refused(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "header 'Content-Type': " + (contentType == null ? "missing" : "\"" + contentType + "\" is not allowed")
                            + "; send the body as application/json"));
        }
        if (body != null && body.length() > MAX_BYTES) {
            return refused(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "the body has "
                    + body.length() + " characters; at most " + MAX_BYTES));
        }
        JsonNode request;
        try {
            request = body == null || body.isBlank() ? null
                    : json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(body);
        } catch (JacksonException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            return refused(duplicate.find()
                    ? Problems.of(HttpStatus.BAD_REQUEST, "Duplicate field", "field '" + duplicate.group(1)
                            + "' is given more than once; give each field once")
                    : Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON", "the body is not valid JSON: "
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

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static JsonObjectBody refused(ResponseEntity<ProblemDetail> problem) {
        return new JsonObjectBody(null, problem);
    }
}
