package org.vigie.testing;

import java.util.Set;
import org.vigie.security.AccessScope;
import org.vigie.security.Caller;
import org.vigie.security.Role;

/** Callers for tests that call services directly, as the demo users are. */
public final class Callers {

    private Callers() {
    }

    public static Caller operator() {
        return new Caller("operator", Set.of(Role.OPERATOR), AccessScope.EVERYWHERE);
    }

    public static Caller admin() {
        return new Caller("admin", Set.of(Role.ADMIN), AccessScope.EVERYWHERE);
    }

    public static Caller viewer() {
        return new Caller("viewer", Set.of(Role.VIEWER), AccessScope.EVERYWHERE);
    }

    public static Caller operatorOf(String region) {
        return new Caller("operator-" + region.toLowerCase(), Set.of(Role.OPERATOR),
                new AccessScope(Set.of(region), Set.of()));
    }
}
