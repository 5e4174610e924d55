/**
 * The incident room: incidents across tenants, their timeline assembled from the platform's own
 * facts (status transitions, audit records) beside what people write, public updates for
 * {@code /status} and the board, maintenance windows and the review export.
 */
@ApplicationModule(allowedDependencies = {"platform", "security", "audit", "history", "health", "tenant"})
package org.vigie.incident;

import org.springframework.modulith.ApplicationModule;
