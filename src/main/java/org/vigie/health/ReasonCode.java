package org.vigie.health;

/** Stable codes for why a service or tenant is not green; each has a runbook in runbooks/CODE.md. */
public enum ReasonCode {
    // Declared causes first: within one colour, reasons are listed in this order.
    NOT_DEPLOYED,
    REPLICAS_UNAVAILABLE,
    CRASH_LOOP,
    OOM_KILLED,
    RESTARTING,
    PROBE_FAILING,
    PROBE_SLOW,
    QUOTA_NEARLY_EXHAUSTED,
    QUOTA_EXHAUSTED,
    NEAR_CAPACITY,
    OVER_CAPACITY,
    CLUSTER_UNAVAILABLE,
    DATA_STALE,
    NOT_IN_SERVICE
}
