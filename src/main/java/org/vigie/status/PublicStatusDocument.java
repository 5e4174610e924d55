package org.vigie.status;

import org.vigie.platform.Language;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.TenantState;
import org.vigie.history.StatusSince;

/** The anonymous JSON of {@code GET /api/v1/status}: states and plain sentences, no internal figures. */
record PublicStatusDocument(Instant generatedAt, List<TenantStatus> tenants) {

    record TenantStatus(String name, String displayName, String region, String status, String state, Instant since,
            String message) {
    }

    static PublicStatusDocument of(FleetSnapshot snapshot, Function<String, Optional<StatusSince>> current) {
        return new PublicStatusDocument(snapshot.generatedAt(), snapshot.tenants().stream()
                .map(t -> tenant(t, current, snapshot.generatedAt())).toList());
    }

    private static TenantStatus tenant(TenantState state, Function<String, Optional<StatusSince>> current, Instant now) {
        return new TenantStatus(state.tenant().name(), state.tenant().displayName(), state.tenant().region(),
                state.status().name(), PublicWording.state(state, Language.FR), PublicWording.since(state, current, now),
                PublicWording.message(state, Language.FR));
    }
}
