package org.vigie.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.platform.Problems;

/** The audit trail, filtered, and the verification of its hash chain. */
@RestController
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
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
        List<AuditRecord> records = audit.find(new AuditFilter(tenant, actor, start, end));
        return ResponseEntity.ok(records);
    }

    @GetMapping("/api/v1/audit/verify")
    Map<String, Object> verify() {
        AuditVerification result = audit.verify();
        if (result.ok()) {
            return Map.of("ok", true, "records", result.records());
        }
        return Map.of("ok", false, "records", result.records(), "firstBrokenId", result.firstBrokenId(),
                "problem", result.problem());
    }

}
