package org.vigie.history;

import java.time.Duration;

/**
 * A tenant's availability over a window: time up (GREEN or AMBER) over time known (all but GREY).
 * {@code availability} is null when nothing was known in the window; {@code unknownShare} says how
 * much of the window was GREY or before the first record.
 */
public record Uptime(Duration window, Double availability, double unknownShare) {
}
