package org.vigie.health;

import java.net.URI;
import org.vigie.tenant.Tenant;

/** Where a tenant's health probe goes: its declared health URL, or the demo's loopback stand-in. */
public interface ProbeTargets {

    URI target(Tenant tenant);
}
