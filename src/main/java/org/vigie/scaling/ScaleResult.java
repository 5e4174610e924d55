package org.vigie.scaling;

import org.vigie.platform.Wording;
import java.util.Locale;
import java.util.UUID;

/** How a scale request ended, with a sentence for the person who asked. */
/** {@code wording}, when present, is {@code message} in words every language can render. */
public record ScaleResult(Kind kind, String message, Integer from, Integer to, UUID correlationId, Wording wording) {

    public ScaleResult(Kind kind, String message, Integer from, Integer to, UUID correlationId) {
        this(kind, message, from, to, correlationId, null);
    }

    /** In the reader's language when the result was worded, else as the API says it. */
    public String message(Locale locale) {
        return wording == null ? message : wording.text(locale);
    }

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

    static ScaleResult refused(Kind kind, Wording wording) {
        return new ScaleResult(kind, wording.english(), null, null, null, wording);
    }
}
