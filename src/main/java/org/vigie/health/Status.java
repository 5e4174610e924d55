package org.vigie.health;

/**
 * A tile's colour. Declared from best to worst: GREY (unknown) is worse than AMBER because it may
 * hide a red, and better than RED because a known failure says more than an unknown.
 */
public enum Status {
    GREEN(0), AMBER(1), GREY(3), RED(2);

    private final int metricValue;

    Status(int metricValue) {
        this.metricValue = metricValue;
    }

    /** The value of the {@code vigie_tenant_status} gauges: 0 green, 1 amber, 2 red, 3 grey. */
    public int metricValue() {
        return metricValue;
    }

    public Status worst(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** A deferrable service can make its tenant AMBER at most. */
    public Status cappedAt(Status cap) {
        return ordinal() > cap.ordinal() ? cap : this;
    }
}
