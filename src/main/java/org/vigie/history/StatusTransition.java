package org.vigie.history;

import java.time.Instant;
import java.util.List;
import org.vigie.health.Status;

/** A tenant's colour changed: from what ({@code null} for the first one known), to what, and why. */
public record StatusTransition(String tenant, Instant at, Status from, Status to, List<String> reasons) {

    public StatusTransition {
        reasons = List.copyOf(reasons);
    }
}
