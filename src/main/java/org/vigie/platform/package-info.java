/**
 * Cross-cutting helpers every feature may use and that use no feature: display time, problem+json
 * answers, JSON bodies, digests, console mode, web filters.
 */
@ApplicationModule(allowedDependencies = {})
package org.vigie.platform;

import org.springframework.modulith.ApplicationModule;
