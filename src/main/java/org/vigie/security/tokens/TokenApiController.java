package org.vigie.security.tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * Personal API tokens. {@code POST /api/v1/tokens} with HTTP Basic and {@code {"name": "…"}}
 * answers the secret once; {@code GET} lists the caller's tokens; {@code DELETE /{id}} revokes one.
 */
@RestController
class TokenApiController {

    private final ApiTokens tokens;
    private final JsonMapper json;
    private final CurrentCaller callers;

    TokenApiController(ApiTokens tokens, JsonMapper json, CurrentCaller callers) {
        this.tokens = tokens;
        this.callers = callers;
        this.json = json;
    }

    @PostMapping("/api/v1/tokens")
    ResponseEntity<?> create(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        JsonObjectBody parsed = JsonObjectBody.parse(json, contentType, body, Set.of("name"),
                "{\"name\": \"grafana\"}");
        if (parsed.refusal().isPresent()) {
            return parsed.refusal().get();
        }
        JsonNode request = parsed.object();
        JsonNode name = request.get("name");
        if (name == null || !name.isString()) {
            return Problems.invalidField("Invalid field", "name", name == null ? null : name.toString(),
                    "a string naming the token, e.g. \"grafana\"");
        }
        try {
            IssuedToken issued = tokens.create(callers.get(), name.stringValue());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("token", issued.secret());
            answer.put("id", issued.token().id());
            answer.put("name", issued.token().name());
            return ResponseEntity.status(HttpStatus.CREATED).body(answer);
        } catch (TokenRefusedException e) {
            return Problems.of(e.nameTaken() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                    "Token not created", e.getMessage());
        }
    }

    @GetMapping("/api/v1/tokens")
    List<ApiToken> list() {
        return tokens.list(callers.get(), false);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    ResponseEntity<?> revoke(@PathVariable String id) {
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Problems.invalidField("Invalid token id", "id", id, "a token id as listed by GET /api/v1/tokens");
        }
        try {
            return tokens.revoke(callers.get(), tokenId) ? ResponseEntity.noContent().build()
                    : Problems.of(HttpStatus.NOT_FOUND, "Not found", "no active token with id " + id);
        } catch (TokenForbiddenException e) {
            return Problems.of(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
        }
    }
}
