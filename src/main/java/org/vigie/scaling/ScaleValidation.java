package org.vigie.scaling;

import java.util.Optional;
import org.vigie.platform.PrintableText;
import org.vigie.platform.Wording;
import org.vigie.scaling.ScaleResult.Kind;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.ServiceSpec;

/** The checks a scale request passes before anything is read from the cluster. */
final class ScaleValidation {

    static final int MAX_REASON = ScaleRequest.MAX_REASON;
    static final int MAX_INCIDENT = ScaleRequest.MAX_INCIDENT;

    private ScaleValidation() {
    }

    static Optional<ScaleResult> check(ScaleRequest request, ServiceSpec service) {
        if (request.replicas() == null) {
            return invalid("field 'replicas' is required: a whole number from 0 to " + service.maxReplicas());
        }
        if (request.reason() == null || request.reason().isBlank()) {
            return invalid("field 'reason' is required: say why, it is recorded in the audit trail");
        }
        if (request.reason().length() > MAX_REASON) {
            return invalid("field 'reason' is " + request.reason().length() + " characters long; at most " + MAX_REASON);
        }
        if (request.incident() != null && request.incident().length() > MAX_INCIDENT) {
            return invalid("field 'incident' is " + request.incident().length() + " characters long; at most "
                    + MAX_INCIDENT);
        }
        Optional<ScaleResult> controlCharacter = controlCharacter("reason", request.reason())
                .or(() -> controlCharacter("incident", request.incident()));
        if (controlCharacter.isPresent()) {
            return controlCharacter;
        }
        if (request.replicas() < 0) {
            return Optional.of(ScaleResult.refused(Kind.OUT_OF_BOUNDS, Wording.of("scaling.belowZero",
                    request.replicas())));
        }
        if (request.replicas() > service.maxReplicas()) {
            return Optional.of(ScaleResult.refused(Kind.OUT_OF_BOUNDS, Wording.of("scaling.aboveMaximum", service.name(),
                    request.replicas(), service.maxReplicas())));
        }
        if (request.autoscalerMax() != null && (request.autoscalerMax() < Math.max(1, request.replicas())
                || request.autoscalerMax() > service.maxReplicas())) {
            return Optional.of(ScaleResult.refused(Kind.OUT_OF_BOUNDS, service.name() + ": an HPA maximum of "
                    + request.autoscalerMax() + " must lie between the new minimum " + request.replicas()
                    + " and the catalogue's maximum " + service.maxReplicas()));
        }
        if (request.replicas() == 0 && service.priority() == Priority.CRITICAL
                && !service.name().equals(request.confirmation())) {
            return Optional.of(ScaleResult.refused(Kind.NEEDS_CONFIRMATION, Wording.of("scaling.confirmZero",
                    service.name())));
        }
        return Optional.empty();
    }

    /** Text that goes to the audit trail and its CSV follows {@link PrintableText}. */
    private static Optional<ScaleResult> controlCharacter(String field, String text) {
        int at = text == null ? -1 : PrintableText.firstUnprintable(text);
        if (at < 0) {
            return Optional.empty();
        }
        return invalid("field '" + field + "' contains a control character (U+%04X) at position %d; only "
                .formatted((int) text.charAt(at), at + 1) + "printable text is allowed, on one line");
    }

    private static Optional<ScaleResult> invalid(String message) {
        return Optional.of(ScaleResult.refused(Kind.INVALID, message));
    }
}
