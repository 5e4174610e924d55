package org.vigie.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A stretch of time {@code [from, to)}, e.g. a maintenance window that uptime counts apart. */
public record TimeSpan(Instant from, Instant to) {

    /** How much of {@code [from, to)} these spans cover, each instant counted once. */
    public static Duration covered(Instant from, Instant to, List<TimeSpan> spans) {
        List<TimeSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(TimeSpan::from));
        Duration total = Duration.ZERO;
        Instant reached = from;
        for (TimeSpan span : sorted) {
            Instant start = span.from().isAfter(reached) ? span.from() : reached;
            Instant end = span.to().isBefore(to) ? span.to() : to;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
                reached = end;
            }
        }
        return total;
    }
}
