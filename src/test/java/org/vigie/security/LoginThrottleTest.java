package org.vigie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofSeconds(60), Duration.ofMinutes(15));

    @Test
    void five_failures_pause_the_user_for_a_minute_then_each_more_failure_doubles_the_pause() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.waitFor("alice", "10.0.0.1")).isEmpty();

        throttle.failed("Alice", "10.0.0.1");

        assertThat(throttle.waitFor("alice", "10.0.0.2")).hasValue(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.waitFor("alice", "10.0.0.2")).isEmpty();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.waitFor("alice", "10.0.0.2")).hasValue(Duration.ofSeconds(120));
        assertThat(throttle.waitFor("bob", "10.0.0.2")).isEmpty();
    }

    @Test
    void the_pause_never_exceeds_the_window_and_failures_older_than_the_window_are_forgotten() {
        for (int i = 0; i < 15; i++) {
            throttle.failed("alice", null);
        }
        assertThat(throttle.waitFor("alice", null)).hasValue(Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.waitFor("alice", null)).isEmpty();
    }

    @Test
    void one_address_guessing_many_user_names_is_paused_after_four_times_the_user_limit() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.6.6.6");
        }

        assertThat(throttle.waitFor("someone-else", "10.6.6.6")).isPresent();
        assertThat(throttle.waitFor("someone-else", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_success_clears_the_users_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", null);
        }
        throttle.succeeded("alice");
        throttle.failed("alice", null);

        assertThat(throttle.waitFor("alice", null)).isEmpty();
    }

    @Test
    void a_password_check_in_progress_counts_as_a_failure_until_it_ends() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", null);
        }
        LoginThrottle.Attempt checking = throttle.begin("alice", "10.0.0.1");

        assertThatThrownBy(() -> throttle.begin("alice", "10.0.0.2")).isInstanceOf(LoginThrottledException.class);

        checking.succeeded();
        assertThat(throttle.waitFor("alice", "10.0.0.2")).isEmpty();
        throttle.begin("alice", "10.0.0.2").close();
    }

    @Test
    void an_attempt_that_checked_no_password_counts_for_nothing_and_an_attempt_ends_once() {
        for (int i = 0; i < 20; i++) {
            throttle.begin("alice", "10.0.0.1").close();
        }
        LoginThrottle.Attempt wrong = throttle.begin("alice", "10.0.0.1");
        wrong.failed();
        wrong.failed();
        wrong.close();
        for (int i = 0; i < 3; i++) {
            throttle.failed("alice", "10.0.0.1");
        }

        assertThat(throttle.waitFor("alice", "10.0.0.1")).isEmpty();
    }

    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T07:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
