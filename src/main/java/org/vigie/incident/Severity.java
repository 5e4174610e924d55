package org.vigie.incident;

/** How bad an incident is (decision 0027): SEV1 the worst. */
public enum Severity {
    /** A critical service unusable for one or more whole tenants, or several tenants at once. */
    SEV1,
    /** A critical service degraded, or an essential service unusable, for a tenant. */
    SEV2,
    /** A deferrable service unusable or a minor degradation with a workaround. */
    SEV3
}
