@NamedInterface("users")
package org.vigie.security.users;

import org.springframework.modulith.NamedInterface;
