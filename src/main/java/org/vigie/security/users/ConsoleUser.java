package org.vigie.security.users;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.vigie.security.Caller;
import org.vigie.security.CallerPrincipal;
import org.vigie.security.Role;

/** A stored user as Spring Security sees it; the authorities include implied roles. */
public record ConsoleUser(UserAccount account) implements UserDetails, CallerPrincipal {

    @Override
    public Caller caller() {
        return account.caller();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(caller());
    }

    public static List<SimpleGrantedAuthority> authorities(Caller caller) {
        return caller.roles().stream().map(Role::authority).sorted().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public String toString() {
        return account.username();
    }
}
