package org.vigie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.vigie.security.users.ConsoleUser;

/** The password check behind the login form and HTTP Basic. */
@SpringBootTest
class PasswordSignInIT {

    @Autowired
    AuthenticationManager passwords;

    @Test
    void a_signed_in_user_carries_implied_roles_and_no_password_hash_into_the_session() {
        Authentication signedIn = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("operator",
                "demo"));

        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(ConsoleUser.class, user -> {
            assertThat(user.getPassword()).isNull();
            assertThat(user.caller().roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.OPERATOR);
        });
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_OPERATOR", "ROLE_VIEWER");
        assertThat(signedIn.getCredentials()).isNull();
    }

    @Test
    void an_unknown_user_and_a_wrong_password_get_the_same_answer() {
        assertThatThrownBy(() -> passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "nobody-at-all", "demo"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "manager", "not-demo"))).isInstanceOf(BadCredentialsException.class);
    }
}
