package org.vigie.security.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads local users for password sign-in; OIDC-only users have no password and cannot use it. */
@Service
public class ConsoleUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    ConsoleUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username).filter(user -> user.passwordHash() != null).map(ConsoleUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no local user " + username));
    }
}
