package org.vigie.incident;

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
        String shown = value == null ? "missing" : "value " + (value instanceof String ? "\"" + value + "\"" : value)
                + " is not allowed";
        return new IncidentRefused(Kind.INVALID, "field '" + field + "': " + shown + "; expected " + allowed);
    }

    static IncidentRefused notFound(String id) {
        return new IncidentRefused(Kind.NOT_FOUND, "no incident " + id);
    }

    public Kind kind() {
        return kind;
    }
}
