package org.vigie.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.security.LoginThrottle;
import org.vigie.security.LoginThrottledException;
import org.vigie.security.SecurityAudit;

class ThrottledAuthenticationProviderTest {

    static final int LIMIT = 5;

    final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), LIMIT, Duration.ofSeconds(60),
            Duration.ofMinutes(15));
    final RecordedAudit audit = new RecordedAudit();

    @Test
    void fifty_concurrent_wrong_passwords_for_one_user_check_no_more_passwords_than_the_limit() throws Exception {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        AtomicInteger checked = new AtomicInteger();
        AuthenticationProvider passwords = counting(checked, new InMemoryUserDetailsManager(
                User.withUsername("alice").password(bcrypt.encode("right password")).roles("VIEWER").build()), bcrypt);
        ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(passwords, throttle, audit);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> attempts;
        try (ExecutorService threads = Executors.newFixedThreadPool(50)) {
            attempts = java.util.stream.IntStream.range(0, 50).mapToObj(i -> threads.submit(() -> {
                start.await();
                return catchThrowable(() -> provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("alice", "guess " + i)));
            })).toList();
            start.countDown();
        }

        List<Throwable> outcomes = attempts.stream().map(ThrottledAuthenticationProviderTest::outcome).toList();
        assertThat(checked).hasValue(LIMIT);
        assertThat(outcomes).filteredOn(BadCredentialsException.class::isInstance).hasSize(LIMIT);
        assertThat(outcomes).filteredOn(LoginThrottledException.class::isInstance).hasSize(50 - LIMIT);
        assertThat(catchThrowable(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("alice", "right password"))))
                .as("the five failures stay counted").isInstanceOf(LoginThrottledException.class);
        assertThat(audit.outcomes).filteredOn(Outcome.FAILED::equals).hasSize(LIMIT);
    }

    @Test
    void attempts_while_the_user_store_does_not_answer_are_not_counted_as_failed_sign_ins() throws Exception {
        ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(
                counting(new AtomicInteger(), new JdbcUserDetailsManager(unreachableDatabase()),
                        new BCryptPasswordEncoder()), throttle, audit);

        List<Throwable> refusals = java.util.stream.IntStream.range(0, LIMIT * 2).mapToObj(i -> catchThrowable(
                () -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", "password"))))
                .toList();

        assertThat(throttle.waitFor("alice", null)).isEmpty();
        assertThat(audit.outcomes).doesNotContain(Outcome.FAILED);
        assertThat(refusals).allSatisfy(refused -> assertThat(refused)
                .isInstanceOf(AuthenticationServiceException.class).hasMessageContaining("not counted"));
    }

    private static AuthenticationProvider counting(AtomicInteger checked, UserDetailsService users,
            BCryptPasswordEncoder bcrypt) {
        DaoAuthenticationProvider real = new DaoAuthenticationProvider(users);
        real.setPasswordEncoder(bcrypt);
        return new AuthenticationProvider() {
            @Override
            public org.springframework.security.core.Authentication authenticate(
                    org.springframework.security.core.Authentication attempt) {
                checked.incrementAndGet();
                return real.authenticate(attempt);
            }

            @Override
            public boolean supports(Class<?> type) {
                return real.supports(type);
            }
        };
    }

    /** A PostgreSQL address where nothing listens: every connection is refused, as when the server is down. */
    private static PGSimpleDataSource unreachableDatabase() throws IOException {
        PGSimpleDataSource database = new PGSimpleDataSource();
        try (ServerSocket free = new ServerSocket(0)) {
            database.setPortNumbers(new int[] {free.getLocalPort()});
        }
        database.setServerNames(new String[] {"localhost"});
        database.setDatabaseName("postgres");
        return database;
    }

    private static Throwable outcome(Future<Throwable> attempt) {
        try {
            return attempt.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The security events the provider records, kept in memory instead of the audit trail. */
    static final class RecordedAudit extends SecurityAudit {

        final List<Outcome> outcomes = new CopyOnWriteArrayList<>();

        RecordedAudit() {
            super(null);
        }

        @Override
        public void record(String actor, String action, String tenant, Outcome outcome, String detail) {
            outcomes.add(outcome);
        }
    }
}
