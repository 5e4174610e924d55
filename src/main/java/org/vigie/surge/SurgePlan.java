package org.vigie.surge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A saved plan: what it covers (tenants, and every tenant of the regions), its load profile and
 * window, and where it stands. {@code computed} is the plan as it was shown: applying carries out
 * exactly that.
 */
public record SurgePlan(UUID id, String name, LoadProfile profile, SurgePreset preset, List<String> tenants,
        List<String> regions, SurgeWindow window, String incident, boolean shedEssential, State state,
        String createdBy, Instant createdAt, String appliedBy, Instant appliedAt, Instant revertedAt,
        List<TenantSurge> computed) {

    public SurgePlan {
        tenants = List.copyOf(tenants);
        regions = List.copyOf(regions);
        computed = List.copyOf(computed);
    }

    public enum State {
        /** Saved; waits for its window's start, or for someone to apply it. */
        PLANNED,
        /** Being applied (claimed by one console until {@code claimed_until}). */
        APPLYING,
        APPLIED,
        /** Being reverted (claimed). */
        REVERTING,
        REVERTED,
        /** Its window ended before it was ever applied. */
        EXPIRED;

        /** Counts for overlaps: it holds or will hold. */
        public boolean live() {
            return this == PLANNED || this == APPLYING || this == APPLIED || this == REVERTING;
        }
    }

    /** Every service change of the computed plan, in the order they are applied: sheds first, then by priority. */
    public List<ServiceChange> changes() {
        return computed.stream().flatMap(t -> t.services().stream()).filter(ServiceChange::changes)
                .sorted(java.util.Comparator.comparing((ServiceChange c) -> c.kind() != ServiceChange.Kind.SHED)
                        .thenComparing(ServiceChange::priority))
                .toList();
    }
}
