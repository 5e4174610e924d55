package org.vigie.incident;

/** investigating → identified → monitoring → resolved; forward only, a step may be skipped, resolved is final. */
public enum IncidentState {
    INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED;

    public boolean mayMoveTo(IncidentState next) {
        return this != RESOLVED && next.ordinal() > ordinal();
    }

    public boolean open() {
        return this != RESOLVED;
    }
}
