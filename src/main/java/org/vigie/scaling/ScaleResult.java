package org.vigie.scaling;

import java.util.UUID;

/** How a scale request ended, with a sentence for the person who asked. */
public record ScaleResult(Kind kind, String message, Integer from, Integer to, UUID correlationId) {

    public enum Kind {
        SCALED, NOT_FOUND, INVALID, NEEDS_CONFIRMATION, OUT_OF_BOUNDS, OVER_QUOTA, CONFLICT, AUDIT_UNAVAILABLE,
        CLUSTER_ERROR, CLUSTER_SILENT, FORBIDDEN, KEY_REUSED
    }

    public boolean scaled() {
        return kind == Kind.SCALED;
    }

    static ScaleResult refused(Kind kind, String message) {
        return new ScaleResult(kind, message, null, null, null);
    }
}
