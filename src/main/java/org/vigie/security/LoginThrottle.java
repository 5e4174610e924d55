package org.vigie.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing. After {@code failuresBeforeLock} failures within the window for
 * one user name, or four times as many from one address, further attempts are refused for the lock
 * time, doubled for each failure past the limit and capped at the window. A password check is
 * reserved before it starts ({@link #begin}) and counts as a failure until it ends, so that
 * concurrent attempts never check more passwords than the limit. Counted in memory, and shared
 * with the other consoles on the same database ({@link SharedFailures}): a user locked on one is
 * locked on all; a check in progress on another console is not seen.
 */
public class LoginThrottle {

    private static final int ADDRESS_FACTOR = 4;
    private static final int MAX_DOUBLINGS = 10;

    private final Clock clock;
    private final int failuresBeforeLock;
    private final Duration lock;
    private final Duration window;
    private final Map<String, Failures> failures = new HashMap<>();
    private final SharedFailures shared;

    public LoginThrottle(Clock clock, int failuresBeforeLock, Duration lock, Duration window) {
        this(clock, failuresBeforeLock, lock, window, SharedFailures.NONE);
    }

    public LoginThrottle(Clock clock, int failuresBeforeLock, Duration lock, Duration window, SharedFailures shared) {
        this.clock = clock;
        this.failuresBeforeLock = failuresBeforeLock;
        this.lock = lock;
        this.window = window;
        this.shared = shared;
    }

    /**
     * Reserves one password check for this user name and address, or refuses it with the time to
     * wait. The caller ends the attempt: {@link Attempt#failed}, {@link Attempt#succeeded}, or
     * {@link Attempt#close} alone when no password could be checked (it then counts for nothing).
     */
    public synchronized Attempt begin(String username, String address) {
        Optional<Duration> wait = waitFor(username, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        failures.computeIfAbsent(userKey(username), k -> new Failures()).checking++;
        if (address != null) {
            failures.computeIfAbsent(addressKey(address), k -> new Failures()).checking++;
        }
        return new Attempt(username, address);
    }

    /** How long this user name or address must still wait, if it must. */
    public synchronized Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> user = waitFor(userKey(username), failuresBeforeLock, now);
        Optional<Duration> from = address == null ? Optional.empty()
                : waitFor(addressKey(address), failuresBeforeLock * ADDRESS_FACTOR, now);
        if (user.isPresent() && from.isPresent()) {
            return Optional.of(user.get().compareTo(from.get()) > 0 ? user.get() : from.get());
        }
        return user.isPresent() ? user : from;
    }

    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), now);
        if (address != null) {
            record(addressKey(address), now);
        }
    }

    synchronized void succeeded(String username) {
        failures.remove(userKey(username));
        shared.forget(userKey(username));
    }

    private synchronized void release(String username, String address) {
        release(userKey(username));
        if (address != null) {
            release(addressKey(address));
        }
    }

    private void release(String key) {
        Failures kept = failures.get(key);
        if (kept != null && kept.checking > 0) {
            kept.checking--;
            forgetIfEmpty(key, kept);
        }
    }

    private void record(String key, Instant now) {
        Failures kept = failures.computeIfAbsent(key, k -> new Failures());
        kept.times.addLast(now);
        prune(kept.times, now);
        shared.record(key, now);
    }

    /** A check still running counts as a failure at this instant; so do the other consoles' failures. */
    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        Failures kept = failures.get(key);
        if (kept != null) {
            prune(kept.times, now);
            if (forgetIfEmpty(key, kept)) {
                kept = null;
            }
        }
        List<Instant> others = shared.othersSince(key, now.minus(window));
        int count = others.size() + (kept == null ? 0 : kept.times.size() + kept.checking);
        if (count < limit) {
            return Optional.empty();
        }
        int beyond = Math.min(count - limit, MAX_DOUBLINGS);
        Duration locked = lock.multipliedBy(1L << beyond);
        if (locked.compareTo(window) > 0) {
            locked = window;
        }
        Instant last = kept != null && kept.checking > 0 ? now : latest(kept, others);
        Duration left = Duration.between(now, last.plus(locked));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    private static Instant latest(Failures kept, List<Instant> others) {
        Instant here = kept == null || kept.times.isEmpty() ? Instant.MIN : kept.times.getLast();
        Instant there = others.isEmpty() ? Instant.MIN : others.getLast();
        return here.isAfter(there) ? here : there;
    }

    private boolean forgetIfEmpty(String key, Failures kept) {
        if (kept.times.isEmpty() && kept.checking == 0) {
            failures.remove(key);
            return true;
        }
        return false;
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.getFirst().isBefore(now.minus(window))) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        int checking;
    }

    /** One reserved password check; ends once, whichever way. */
    public final class Attempt implements AutoCloseable {

        private final String username;
        private final String address;
        private boolean ended;

        private Attempt(String username, String address) {
            this.username = username;
            this.address = address;
        }

        /** The password was wrong: counted. */
        public void failed() {
            synchronized (LoginThrottle.this) {
                if (end()) {
                    LoginThrottle.this.failed(username, address);
                }
            }
        }

        /** The password was right: the user name's failures are forgotten. */
        public void succeeded() {
            synchronized (LoginThrottle.this) {
                if (end()) {
                    LoginThrottle.this.succeeded(username);
                }
            }
        }

        /** Ends an attempt that checked no password (the user store did not answer): counted for nothing. */
        @Override
        public void close() {
            synchronized (LoginThrottle.this) {
                end();
            }
        }

        private boolean end() {
            if (ended) {
                return false;
            }
            ended = true;
            release(username, address);
            return true;
        }
    }
}
