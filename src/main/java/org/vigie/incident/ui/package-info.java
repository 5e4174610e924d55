/** The incident room's views, and the pieces other views embed: the declare button and the proposal banner. */
@NamedInterface("ui")
package org.vigie.incident.ui;

import org.springframework.modulith.NamedInterface;
