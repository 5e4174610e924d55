package org.vigie.history;

import java.time.Instant;
import org.vigie.health.Status;

/** A stretch of time during which a tenant kept one colour; {@code status} null when unknown. */
public record TimelineSegment(Instant from, Instant to, Status status) {
}
