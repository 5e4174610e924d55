package org.vigie.security.users;

import java.time.Instant;
import java.util.Set;
import org.vigie.security.AccessScope;
import org.vigie.security.Caller;
import org.vigie.security.Role;

/** A console user as stored. {@code passwordHash} is null for users who sign in through OIDC. */
public record UserAccount(String username, String passwordHash, Set<Role> roles, AccessScope scope, boolean enabled,
        Source source, Instant createdAt) {

    public enum Source {
        LOCAL, OIDC
    }

    /** The same user without the hash, to keep in a session once the password has been checked. */
    public UserAccount withoutPassword() {
        return new UserAccount(username, null, roles, scope, enabled, source, createdAt);
    }

    public Caller caller() {
        return new Caller(username, roles, scope);
    }
}
