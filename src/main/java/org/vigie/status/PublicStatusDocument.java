package org.vigie.status;

import org.vigie.platform.Language;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.TenantState;
import org.vigie.history.StatusSince;
import org.vigie.incident.PublicNotices;
import org.vigie.incident.PublicNotices.Update;

/**
 * The anonymous JSON of {@code GET /api/v1/status}: states and plain sentences, no internal figures;
 * the open incidents' public updates (never internal notes) and the maintenance windows not yet over.
 */
record PublicStatusDocument(Instant generatedAt, List<TenantStatus> tenants, List<IncidentStatus> incidents,
        List<MaintenanceStatus> maintenance) {

    record TenantStatus(String name, String displayName, String region, String status, String state, Instant since,
            String message) {
    }

    record IncidentStatus(String id, String title, String state, List<String> tenants, List<Update> updates) {
    }

    record MaintenanceStatus(Instant start, Instant end, List<String> tenants, String text, boolean ongoing) {
    }

    static PublicStatusDocument of(FleetSnapshot snapshot, Function<String, Optional<StatusSince>> current) {
        return of(snapshot, current, PublicNotices.NONE);
    }

    static PublicStatusDocument of(FleetSnapshot snapshot, Function<String, Optional<StatusSince>> current,
            PublicNotices notices) {
        return new PublicStatusDocument(snapshot.generatedAt(), snapshot.tenants().stream()
                .map(t -> tenant(t, current, snapshot.generatedAt(), notices)).toList(),
                notices.published().stream().map(i -> new IncidentStatus(i.id(), i.title(),
                        i.state().toLowerCase(Locale.ROOT), i.tenants(), i.updates())).toList(),
                notices.maintenance().stream().map(m -> new MaintenanceStatus(m.start(), m.end(), m.tenants(),
                        m.publicText(), m.activeAt(notices.at()))).toList());
    }

    private static TenantStatus tenant(TenantState state, Function<String, Optional<StatusSince>> current, Instant now,
            PublicNotices notices) {
        boolean maintenance = notices.inMaintenance(state.tenant().name());
        return new TenantStatus(state.tenant().name(), state.tenant().displayName(), state.tenant().region(),
                maintenance ? "MAINTENANCE" : state.status().name(),
                maintenance ? PublicWording.maintenance(Language.FR) : PublicWording.state(state, Language.FR),
                PublicWording.since(state, current, now), PublicWording.message(state, Language.FR));
    }
}
