package org.vigie.surge;

import org.vigie.platform.Problems;

/** Why a plan request was refused: the field or the conflict, named, with what is allowed. */
public final class SurgeRefused extends RuntimeException {

    public enum Kind {
        INVALID, FORBIDDEN, NOT_FOUND, CONFLICT
    }

    private final Kind kind;

    public SurgeRefused(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    static SurgeRefused field(String field, Object value, String allowed) {
        return new SurgeRefused(Kind.INVALID, Problems.fieldProblem(field, value, allowed));
    }

    public Kind kind() {
        return kind;
    }
}
