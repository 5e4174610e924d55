package org.vigie.incident;

import org.vigie.platform.Problems;

/** Why an incident request was refused: the field or the conflict, named, with what is allowed. */
public final class IncidentRefused extends RuntimeException {

    public enum Kind {
        INVALID, FORBIDDEN, NOT_FOUND, CONFLICT
    }

    private final Kind kind;

    public IncidentRefused(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    static IncidentRefused field(String field, Object value, String allowed) {
        return new IncidentRefused(Kind.INVALID, Problems.fieldProblem(field, value, allowed));
    }

    static IncidentRefused notFound(String id) {
        return new IncidentRefused(Kind.NOT_FOUND, "no incident " + id);
    }

    public Kind kind() {
        return kind;
    }
}
