package org.vigie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.testing.MigratedPostgres;

/** Two consoles on one database: guessing a password on both counts once, not once per console. */
class SharedSignInFailuresIT {

    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres();

    static final Duration WINDOW = Duration.ofMinutes(15);

    final LoginThrottle first = console();
    final LoginThrottle second = console();

    static LoginThrottle console() {
        return new LoginThrottle(Clock.systemUTC(), 5, Duration.ofSeconds(60), WINDOW,
                new SignInFailures(JdbcClient.create(postgres.dataSource()), WINDOW, () -> true));
    }

    @Test
    void failures_spread_over_two_consoles_lock_the_user_on_both() {
        for (int i = 0; i < 3; i++) {
            fail(first, "guessed-on-two", "10.1.0.1");
        }
        fail(second, "guessed-on-two", "10.1.0.2");
        assertThat(second.waitFor("guessed-on-two", "10.1.0.3")).isEmpty();

        fail(second, "guessed-on-two", "10.1.0.2");

        assertThatThrownBy(() -> first.begin("guessed-on-two", "10.1.0.4")).isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> second.begin("Guessed-On-Two", "10.1.0.5")).isInstanceOf(LoginThrottledException.class);
        assertThat(first.waitFor("someone-else", "10.1.0.6")).isEmpty();
    }

    @Test
    void a_right_password_on_one_console_clears_what_it_shared() {
        for (int i = 0; i < 4; i++) {
            fail(first, "typo-then-right", null);
        }
        try (LoginThrottle.Attempt right = second.begin("typo-then-right", null)) {
            right.succeeded();
        }
        for (int i = 0; i < 4; i++) {
            fail(second, "typo-then-right", null);
        }

        assertThat(second.waitFor("typo-then-right", null)).as("the first console's four are forgotten").isEmpty();
    }

    private static void fail(LoginThrottle console, String username, String address) {
        try (LoginThrottle.Attempt attempt = console.begin(username, address)) {
            attempt.failed();
        }
    }
}
