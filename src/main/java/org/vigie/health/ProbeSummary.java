package org.vigie.health;

import java.time.Duration;
import java.time.Instant;

/**
 * The synthetic HTTP probe of a tenant's health URL: the last attempt and the p95 latency of the
 * recent successful ones. {@code failure} is null when the last attempt succeeded.
 */
public record ProbeSummary(Instant lastAttemptAt, String failure, Duration lastLatency, Duration p95Latency,
        int samples) {

    public boolean failing() {
        return failure != null;
    }
}
