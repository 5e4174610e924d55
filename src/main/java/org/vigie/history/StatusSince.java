package org.vigie.history;

import java.time.Instant;
import org.vigie.health.Status;

/** A tenant's colour and the moment it took it. */
public record StatusSince(Status status, Instant since) {
}
