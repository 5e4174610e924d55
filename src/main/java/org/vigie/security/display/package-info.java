@NamedInterface("display")
package org.vigie.security.display;

import org.springframework.modulith.NamedInterface;
