package org.vigie.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. After {@code failuresBeforeLock} failures within the window for
 * one user name, or four times as many from one address, further attempts are refused for the lock
 * time, doubled for each failure past the limit and capped at the window. Kept in memory: a restart
 * forgets it, which a single console instance can afford.
 */
public class LoginThrottle {

    private static final int ADDRESS_FACTOR = 4;
    private static final int MAX_DOUBLINGS = 10;

    private final Clock clock;
    private final int failuresBeforeLock;
    private final Duration lock;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int failuresBeforeLock, Duration lock, Duration window) {
        this.clock = clock;
        this.failuresBeforeLock = failuresBeforeLock;
        this.lock = lock;
        this.window = window;
    }

    /** How long this user name or address must still wait, if it must. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> user = waitFor(userKey(username), failuresBeforeLock, now);
        Optional<Duration> from = address == null ? Optional.empty()
                : waitFor(addressKey(address), failuresBeforeLock * ADDRESS_FACTOR, now);
        if (user.isPresent() && from.isPresent()) {
            return Optional.of(user.get().compareTo(from.get()) > 0 ? user.get() : from.get());
        }
        return user.isPresent() ? user : from;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), now);
        if (address != null) {
            record(addressKey(address), now);
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            synchronized (kept) {
                kept.addLast(now);
                prune(kept, now);
            }
            return kept;
        });
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            int beyond = Math.min(times.size() - limit, MAX_DOUBLINGS);
            Duration locked = lock.multipliedBy(1L << beyond);
            if (locked.compareTo(window) > 0) {
                locked = window;
            }
            Duration left = Duration.between(now, times.getLast().plus(locked));
            return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && times.getFirst().isBefore(now.minus(window))) {
                times.removeFirst();
            }
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
