package org.vigie.scaling;

import org.vigie.platform.Wording;
import java.util.Optional;
import org.vigie.scaling.ScaleResult.Kind;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.ServiceSpec.Priority;

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

    /**
     * Text that goes to the audit trail and its CSV is printable, on one line, and exactly what was
     * sent: no C0, DEL or C1 character, no invisible format character (bidi overrides, zero-width,
     * byte order mark), no line or paragraph separator, no lone surrogate, no U+FFFD standing for
     * bytes that were not UTF-8.
     */
    private static Optional<ScaleResult> controlCharacter(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedSurrogate) {
                i++;
            } else if (notPrintable(c)) {
                return invalid("field '" + field + "' contains a control character (U+%04X) at position %d; only "
                        .formatted((int) c, i + 1) + "printable text is allowed, on one line");
            }
        }
        return Optional.empty();
    }

    private static boolean notPrintable(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFD' || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static Optional<ScaleResult> invalid(String message) {
        return Optional.of(ScaleResult.refused(Kind.INVALID, message));
    }
}
