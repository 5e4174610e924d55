/**
 * The console's frame (app shell, layout, menu). It knows no feature: the menu comes from the
 * views' own {@code @Menu} declarations; it reads only the platform and who is signed in.
 */
@ApplicationModule(allowedDependencies = {"platform", "security"})
package org.vigie.shell;

import org.springframework.modulith.ApplicationModule;
