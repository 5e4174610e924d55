package org.vigie.audit;

import java.time.Instant;

/** Optional filters on the audit trail; null means no filter. */
public record AuditFilter(String tenant, String actor, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
