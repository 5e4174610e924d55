package org.vigie.surge;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.vigie.tenant.SchoolDay;

/**
 * When a plan holds: from {@code start} to {@code end} (instants; {@code zone} says how people and
 * the school day read them), or, both null, from when it is applied until it is reverted.
 */
public record SurgeWindow(Instant start, Instant end, ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");
    /** A plan longer than this is a contract change, not a surge. */
    public static final Duration LONGEST = Duration.ofDays(31);

    public static SurgeWindow untilReverted(ZoneId zone) {
        return new SurgeWindow(null, null, zone);
    }

    public boolean open() {
        return start == null;
    }

    public boolean holdsAt(Instant now) {
        return !open() && !now.isBefore(start) && now.isBefore(end);
    }

    public boolean endedAt(Instant now) {
        return !open() && !now.isBefore(end);
    }

    /** Two windows share a moment; a plan until reverted shares every moment. */
    public boolean overlaps(SurgeWindow other) {
        return open() || other.open() || start.isBefore(other.end) && other.start.isBefore(end);
    }

    /**
     * The busiest share of the weekday peak during the window, hour by hour in the window's zone
     * (weekends count less); 1 for a plan until reverted, which must hold through any school morning.
     */
    public double peakShare() {
        if (open()) {
            return 1;
        }
        double share = 0;
        ZonedDateTime hour = start.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; hour.toInstant().isBefore(end) && i < 24 * 8; i++, hour = hour.plusHours(1)) {
            share = Math.max(share, SchoolDay.hourlyPeakShare(hour));
        }
        return share;
    }
}
