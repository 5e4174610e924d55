package org.vigie.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigie.health.Reason;
import org.vigie.health.ReasonCode;
import org.vigie.health.Status;
import org.vigie.history.StatusTransition;
import org.vigie.tenant.Tenant;

/**
 * A plausible past month of a tenant's colours for the demo: green, with a few amber and red
 * episodes at the school-day peaks (Monday mornings above all, the evening homework peak rarely).
 * Deterministic: the same tenant and period give the same history.
 */
final class DemoHistory {

    static final Duration MONTH = Duration.ofDays(30);
    private static final long SEED = 2020_03_16L;

    private final Tenant tenant;
    private final ZoneId zone;
    private final Random random;
    private final List<StatusTransition> transitions = new ArrayList<>();
    private Status current;

    private DemoHistory(Tenant tenant, ZoneId zone) {
        this.tenant = tenant;
        this.zone = zone;
        this.random = new Random(SEED ^ tenant.name().hashCode());
    }

    /** The tenant's transitions from {@code until - 30 days}, all strictly before {@code until}. */
    static List<StatusTransition> of(Tenant tenant, Instant until, ZoneId zone) {
        DemoHistory history = new DemoHistory(tenant, zone);
        Instant from = until.minus(MONTH);
        history.change(from, Status.GREEN, List.of());
        for (LocalDate day = from.atZone(zone).toLocalDate().plusDays(1); day.atStartOfDay(zone).toInstant().isBefore(until);
                day = day.plusDays(1)) {
            history.day(day, until);
        }
        return List.copyOf(history.transitions);
    }

    private void day(LocalDate day, Instant until) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return;
        }
        double morning = weekday == DayOfWeek.MONDAY ? 0.35 : 0.07;
        if (random.nextDouble() < morning) {
            episode(ZonedDateTime.of(day, LocalTime.of(7, 35), zone).plusMinutes(random.nextInt(50)).toInstant(),
                    0.3, until);
        } else if (weekday != DayOfWeek.WEDNESDAY && random.nextDouble() < 0.04) {
            episode(ZonedDateTime.of(day, LocalTime.of(18, 0), zone).plusMinutes(random.nextInt(120)).toInstant(),
                    0.0, until);
        }
    }

    /** Amber for 10 to 55 minutes; sometimes red in the middle of it. Left out if it would reach {@code until}. */
    private void episode(Instant start, double redChance, Instant until) {
        Duration amber = Duration.ofMinutes(10 + random.nextInt(46));
        boolean red = random.nextDouble() < redChance;
        Instant end = start.plus(amber);
        if (!end.isBefore(until)) {
            return;
        }
        change(start, Status.AMBER, List.of(random.nextBoolean() ? load(ReasonCode.NEAR_CAPACITY, Status.AMBER, 0.86, 0.99)
                : slowProbe()));
        if (red) {
            Instant redFrom = start.plus(amber.dividedBy(4));
            Instant redTo = redFrom.plus(amber.dividedBy(2));
            change(redFrom, Status.RED, List.of(load(ReasonCode.OVER_CAPACITY, Status.RED, 1.02, 1.35)));
            change(redTo, Status.AMBER, List.of(load(ReasonCode.NEAR_CAPACITY, Status.AMBER, 0.86, 0.99)));
        }
        change(end, Status.GREEN, List.of());
    }

    private Reason load(ReasonCode code, Status status, double lowest, double highest) {
        long capacity = (long) tenant.capacity().sessionsPerReplica() * (8 + random.nextInt(8));
        double ratio = lowest + random.nextDouble() * (highest - lowest);
        long sessions = Math.round(capacity * ratio);
        String percent = " (" + Math.round(ratio * 100) + " %)";
        return new Reason(code, status, "load", List.of(sessions, capacity, percent));
    }

    private Reason slowProbe() {
        int objective = tenant.slo().p95LatencyMs();
        double seconds = objective * (1.2 + random.nextDouble() * 1.5) / 1000.0;
        return new Reason(ReasonCode.PROBE_SLOW, Status.AMBER, "probeSlow",
                List.of(String.format(Locale.ROOT, "%.1f s", seconds), objective));
    }

    private void change(Instant at, Status to, List<Reason> reasons) {
        transitions.add(new StatusTransition(tenant.name(), at, current, to,
                reasons.stream().map(r -> r.code() + ": " + r.message()).toList()));
        current = to;
    }
}
