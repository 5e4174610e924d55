package org.vigie.incident;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.vigie.platform.Sha256;

/**
 * What the public pages and the board may say, as read from PostgreSQL at {@code at}: open incidents
 * (public updates only, never internal notes) and maintenance windows not yet over. {@code version}
 * changes whenever any of it changes, so that cached renderings follow.
 */
public record PublicNotices(Instant at, List<OpenIncident> incidents, List<MaintenanceWindow> maintenance,
        String version) {

    /** An open incident: {@code updates} holds its public updates only, oldest first. */
    public record OpenIncident(String id, String title, String state, List<String> tenants, List<Update> updates) {
    }

    public record Update(Instant at, String text) {
    }

    public static final PublicNotices NONE = of(Instant.EPOCH, List.of(), List.of());

    public static PublicNotices of(Instant at, List<OpenIncident> incidents, List<MaintenanceWindow> maintenance) {
        StringBuilder content = new StringBuilder();
        incidents.forEach(i -> content.append(i).append('\n'));
        maintenance.forEach(m -> content.append(m).append(m.activeAt(at)).append('\n'));
        String version = HexFormat.of().formatHex(Sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
        return new PublicNotices(at, List.copyOf(incidents), List.copyOf(maintenance), version);
    }

    /** Open incidents with at least one public update: the only ones the public pages name. */
    public List<OpenIncident> published() {
        return incidents.stream().filter(i -> !i.updates().isEmpty()).toList();
    }

    public boolean inMaintenance(String tenant) {
        return maintenance.stream().anyMatch(m -> m.covers(tenant, at));
    }

    public boolean coveredByIncident(String tenant) {
        return incidents.stream().anyMatch(i -> i.tenants().contains(tenant));
    }

    /** The published incidents touching one of these tenants. */
    public List<OpenIncident> publishedFor(java.util.Collection<String> tenants) {
        return published().stream().filter(i -> i.tenants().stream().anyMatch(tenants::contains)).toList();
    }
}
