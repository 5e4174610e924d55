@NamedInterface("ui")
package org.vigie.scaling.ui;

import org.springframework.modulith.NamedInterface;
