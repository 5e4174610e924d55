package org.vigie.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.platform.Problems;

/** The audit trail, filtered; a signed checkpoint of its chain; the verification of the chain. */
@RestController
class AuditApiController {

    private final AuditLog audit;
    private final AuditCheckpoints checkpoints;

    AuditApiController(AuditLog audit, AuditCheckpoints checkpoints) {
        this.audit = audit;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/audit")
    ResponseEntity<?> records(@RequestParam(required = false) String tenant,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Instant start;
        Instant end;
        try {
            start = from == null ? null : Instant.parse(from);
        } catch (DateTimeParseException e) {
            return Problems.invalidField("Invalid parameter", "from", from, "a UTC instant such as 2026-11-23T07:45:00Z");
        }
        try {
            end = to == null ? null : Instant.parse(to);
        } catch (DateTimeParseException e) {
            return Problems.invalidField("Invalid parameter", "to", to, "a UTC instant such as 2026-11-23T07:45:00Z");
        }
        for (String[] filter : new String[][] {{"tenant", tenant}, {"actor", actor}}) {
            if (filter[1] != null && (filter[1].length() > 200 || filter[1].chars().anyMatch(Character::isISOControl))) {
                return Problems.invalidField("Invalid parameter", filter[0], filter[1],
                        "a name of at most 200 printable characters");
            }
        }
        List<AuditRecord> records = audit.find(new AuditFilter(tenant, actor, start, end));
        return ResponseEntity.ok(records);
    }

    @GetMapping("/api/v1/audit/checkpoint")
    ResponseEntity<String> checkpoint() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(checkpoints.publish().json());
    }

    @GetMapping("/api/v1/audit/verify")
    Map<String, Object> verify() {
        return answer(audit.verify());
    }

    /** Verifies the chain against a checkpoint obtained earlier from {@code GET /api/v1/audit/checkpoint}. */
    @PostMapping(path = "/api/v1/audit/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> verify(@RequestBody String checkpoint) {
        AuditCheckpoint parsed;
        try {
            parsed = AuditCheckpoint.parse(checkpoint);
        } catch (IllegalArgumentException e) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid checkpoint", e.getMessage());
        }
        return ResponseEntity.ok(answer(audit.verify(parsed)));
    }

    private static Map<String, Object> answer(AuditVerification result) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", result.ok());
        answer.put("records", result.records());
        if (!result.ok()) {
            answer.put("firstBrokenId", result.firstBrokenId());
            answer.put("problem", result.problem());
        }
        answer.put("lastIntactId", result.lastIntactId());
        answer.put("lastLegacyId", result.lastLegacyId());
        answer.put("keyedFromId", result.keyedFromId());
        answer.put("keyIds", result.keyIds());
        answer.put("checkpointAt", result.checkpoint() == null ? null : result.checkpoint().at());
        answer.put("summary", result.headline() + ". " + result.proof());
        return answer;
    }
}
