/**
 * Bringing a tenant onto a cluster. For now: the {@code ent-tenant} chart rendered and linted for a
 * catalogue tenant ({@link org.vigie.onboarding.TenantChart}), the base of the plan and apply flow.
 */
@ApplicationModule(allowedDependencies = {"tenant", "platform", "security", "audit", "cluster", "health"})
package org.vigie.onboarding;

import org.springframework.modulith.ApplicationModule;
