package org.vigie.security.display;

import java.util.Set;
import java.util.UUID;
import org.vigie.security.AccessScope;
import org.vigie.security.Caller;
import org.vigie.security.CallerPrincipal;

/** A wall display signed in by its token: it may show the board, and nothing else. */
public record DisplayPrincipal(UUID tokenId, String name, String region) implements CallerPrincipal {

    public static final String AUTHORITY = "ROLE_DISPLAY";

    @Override
    public Caller caller() {
        return new Caller("display:" + name, Set.of(), AccessScope.EVERYWHERE);
    }

    @Override
    public String toString() {
        return "display:" + name;
    }
}
