package org.vigie.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.vigie.health.Status;

/** Reads the recorded transitions back: timelines, uptime over 24 h, 7 and 30 days, latest changes. */
@Service
public class StatusHistory {

    public static final List<Duration> UPTIME_WINDOWS = List.of(Duration.ofHours(24), Duration.ofDays(7),
            Duration.ofDays(30));

    private final StatusHistoryRepository repository;
    private final Clock clock;

    StatusHistory(StatusHistoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<TimelineSegment> timeline(String tenant, Duration window) {
        Instant to = clock.instant();
        return segments(tenant, to.minus(window), to);
    }

    /** The tenant's colours over {@code [from, to]}, one segment per colour held. */
    public List<TimelineSegment> segments(String tenant, Instant from, Instant to) {
        List<TimelineSegment> segments = new ArrayList<>();
        Status current = repository.lastBefore(tenant, from).map(StatusTransition::to).orElse(null);
        Instant start = from;
        for (StatusTransition transition : repository.between(tenant, from, to)) {
            segments.add(new TimelineSegment(start, transition.at(), current));
            current = transition.to();
            start = transition.at();
        }
        segments.add(new TimelineSegment(start, to, current));
        return segments.stream().filter(s -> s.to().isAfter(s.from())).toList();
    }

    public Uptime uptime(String tenant, Duration window) {
        return uptime(tenant, window, List.of());
    }

    /** As {@link #uptime(String, Duration)}, the time inside {@code apart} (maintenance) counted neither up nor down. */
    public Uptime uptime(String tenant, Duration window, List<TimeSpan> apart) {
        Map<Status, Duration> time = new EnumMap<>(Status.class);
        Duration unknown = Duration.ZERO;
        for (TimelineSegment segment : timeline(tenant, window)) {
            Duration length = Duration.between(segment.from(), segment.to())
                    .minus(TimeSpan.covered(segment.from(), segment.to(), apart));
            if (segment.status() == null || segment.status() == Status.GREY) {
                unknown = unknown.plus(length);
            } else {
                time.merge(segment.status(), length, Duration::plus);
            }
        }
        long up = time.getOrDefault(Status.GREEN, Duration.ZERO).plus(time.getOrDefault(Status.AMBER, Duration.ZERO))
                .toMillis();
        long known = up + time.getOrDefault(Status.RED, Duration.ZERO).toMillis();
        return new Uptime(window, known == 0 ? null : (double) up / known,
                (double) unknown.toMillis() / window.toMillis());
    }

    /**
     * Records a past (the demo's simulated month) when the history holds nothing before {@code until},
     * and never twice: false when a history was already there. Every transition must be before {@code until}.
     */
    public boolean recordPastIfEmpty(Instant until, List<StatusTransition> past) {
        past.stream().filter(t -> !t.at().isBefore(until)).findFirst().ifPresent(t -> {
            throw new IllegalArgumentException("transition of " + t.tenant() + " at " + t.at() + " is not before " + until);
        });
        return repository.appendPastIfNone(until, past);
    }

    /** The tenant's transitions after {@code from} up to {@code to}, oldest first. */
    public List<StatusTransition> between(String tenant, Instant from, Instant to) {
        return repository.between(tenant, from, to);
    }

    public List<StatusTransition> latest(String tenant, int limit) {
        return repository.latest(tenant, limit);
    }
}
