package org.vigie.scaling;

import org.vigie.platform.Wording;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditLog;
import org.vigie.scaling.ScaleResult.Kind;

/**
 * The audit records of scaling: the request (committed before any write), its outcome, and every
 * refusal. Text the caller sent is recorded as printable text: a refusal for control characters is
 * itself recorded, with those characters replaced.
 */
final class ScaleAuditing {

    private static final Logger log = LoggerFactory.getLogger(ScaleAuditing.class);

    private final AuditLog audit;

    ScaleAuditing(AuditLog audit) {
        this.audit = audit;
    }

    /** Commits the request; throws when the audit store does not take it, so that nothing is written. */
    void requested(ScaleRequest request, UUID correlation, int from, String detail) {
        audit.append(entry(request, correlation, from, Outcome.REQUESTED, detail, request.idempotencyKey()));
    }

    /** A refusal before anything was read from the cluster. */
    ScaleResult refused(ScaleRequest request, ScaleResult refusal) {
        record(entry(request, UUID.randomUUID(), null, Outcome.REFUSED, refusal.kind() + ": " + refusal.message(), null));
        return refusal;
    }

    /**
     * A decision taken without writing: recorded if the audit store answers, returned either way. It
     * binds the request's Idempotency-Key: the same key later gets this answer or a 422.
     */
    ScaleResult decided(ScaleRequest request, UUID correlation, int from, Kind kind, String message) {
        record(entry(request, correlation, from, Outcome.REFUSED, kind + ": " + message, request.idempotencyKey()));
        return new ScaleResult(kind, message, from, request.replicas(), correlation);
    }

    ScaleResult decided(ScaleRequest request, UUID correlation, int from, Kind kind, Wording wording) {
        ScaleResult result = decided(request, correlation, from, kind, wording.english());
        return new ScaleResult(kind, result.message(), from, request.replicas(), correlation, wording);
    }

    ScaleResult outcome(ScaleRequest request, UUID correlation, int from, Kind kind, Wording wording) {
        ScaleResult result = outcome(request, correlation, from, kind, wording.english());
        return new ScaleResult(kind, result.message(), from, request.replicas(), correlation, wording);
    }

    ScaleResult outcome(ScaleRequest request, UUID correlation, int from, Kind kind, String message) {
        Outcome outcome = switch (kind) {
            case SCALED -> Outcome.SUCCEEDED;
            case CONFLICT -> Outcome.CONFLICT;
            default -> Outcome.FAILED;
        };
        record(entry(request, correlation, from, outcome, message, null));
        return new ScaleResult(kind, message, from, request.replicas(), correlation);
    }

    static ScaleResult unavailable(RuntimeException e) {
        log.error("Audit store unavailable, scale refused: {}", e.getMessage());
        return ScaleResult.refused(Kind.AUDIT_UNAVAILABLE, Wording.of("scaling.auditUnavailable"));
    }

    private void record(AuditEntry entry) {
        try {
            audit.append(entry);
        } catch (DataAccessException | TransactionException e) {
            log.error("{} of scale request {} could not be recorded, PostgreSQL unavailable: {}", entry.outcome(),
                    entry.correlationId(), e.getMessage());
        }
    }

    private static AuditEntry entry(ScaleRequest request, UUID correlation, Integer from, Outcome outcome,
            String detail, String idempotencyKey) {
        return new AuditEntry(request.caller().username(), ScalingService.ACTION, printable(request.tenant(), 253),
                printable(request.service(), 253), from, request.replicas(),
                printable(request.reason(), ScaleValidation.MAX_REASON), printable(request.incident(),
                        ScaleValidation.MAX_INCIDENT), outcome, printable(detail, 2000), correlation, idempotencyKey);
    }

    /** At most {@code max} characters (a refusal of a longer text records its beginning), control characters replaced. */
    private static String printable(String text, int max) {
        if (text == null) {
            return null;
        }
        String kept = text.length() > max ? text.substring(0, max) + "…" : text;
        StringBuilder clean = new StringBuilder(kept.length());
        kept.chars().forEach(c -> clean.append(Character.isISOControl(c) ? '\uFFFD' : (char) c));
        return clean.toString();
    }
}
