package org.vigie.health;

import org.vigie.tenant.Tenant;

/** Where the number of concurrent sessions of a tenant comes from (the demo simulator, or a metrics source). */
public interface SessionLoad {

    /** Concurrent sessions now, or null when unknown. */
    Long sessions(Tenant tenant);
}
