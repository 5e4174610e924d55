package org.vigie.scaling;

import java.util.Objects;
import java.util.Optional;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.scaling.ScaleResult.Kind;

/**
 * What a request carrying an already used {@code Idempotency-Key} gets. A key belongs to one caller
 * and one request (tenant, service, target, reason, incident): the same request of the same caller
 * gets the first outcome again; anything else is refused without saying what the key was used for.
 * Called only once the caller is authorized for the tenant.
 */
final class IdempotentReplay {

    private final AuditLog audit;

    IdempotentReplay(AuditLog audit) {
        this.audit = audit;
    }

    Optional<ScaleResult> of(ScaleRequest request) {
        if (request.idempotencyKey() == null) {
            return Optional.empty();
        }
        return audit.requestWithKey(ScalingService.ACTION, request.idempotencyKey())
                .map(first -> sameRequest(first, request) ? replay(first)
                        : ScaleResult.refused(Kind.KEY_REUSED, "this Idempotency-Key was already used for another "
                                + "request; send a new key with each new request"));
    }

    private ScaleResult replay(AuditRecord first) {
        if (first.outcome() == Outcome.REFUSED) {
            String detail = first.detail();
            int colon = detail.indexOf(':');
            return new ScaleResult(Kind.valueOf(detail.substring(0, colon)), "already refused for this "
                    + "Idempotency-Key: " + detail.substring(colon + 1).strip(), first.fromReplicas(),
                    first.toReplicas(), first.correlationId());
        }
        AuditRecord last = audit.lastOf(first.correlationId()).orElse(first);
        Kind kind = switch (last.outcome()) {
            case SUCCEEDED -> Kind.SCALED;
            case CONFLICT, REQUESTED -> Kind.CONFLICT;
            default -> Kind.CLUSTER_ERROR;
        };
        String message = last.outcome() == Outcome.REQUESTED
                ? "a request with this Idempotency-Key is still being carried out"
                : "already done for this Idempotency-Key: " + last.detail();
        return new ScaleResult(kind, message, first.fromReplicas(), first.toReplicas(), first.correlationId());
    }

    private static boolean sameRequest(AuditRecord first, ScaleRequest request) {
        return first.actor().equals(request.caller().username())
                && Objects.equals(first.tenant(), request.tenant())
                && Objects.equals(first.service(), request.service())
                && Objects.equals(first.toReplicas(), request.replicas())
                && Objects.equals(first.reason(), request.reason())
                && Objects.equals(first.incident(), request.incident());
    }
}
