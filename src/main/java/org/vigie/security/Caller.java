package org.vigie.security;

import java.util.Set;

/**
 * Who is asking, as the service layer sees it: resolved on the server from the signed-in session
 * or the API token, never taken from the request. A wall display is a caller without roles.
 */
public record Caller(String username, Set<Role> roles, AccessScope scope) {

    public Caller {
        roles = Set.copyOf(Role.withImplied(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean mayActOn(String tenant, String region) {
        return scope.covers(tenant, region);
    }
}
