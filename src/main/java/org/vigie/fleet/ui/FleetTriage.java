package org.vigie.fleet.ui;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.health.Status;
import org.vigie.health.TenantState;

/**
 * What the Fleet view shows first: the tenants matching the filters, worst first (red, grey, amber,
 * green), then by name. An empty set of statuses means every status.
 */
record FleetTriage(Set<Status> statuses, String region, String text, boolean notGreenOnly) {

    static final FleetTriage EVERYTHING = new FleetTriage(Set.of(), null, "", false);

    static final Comparator<TenantState> WORST_FIRST = Comparator
            .comparingInt((TenantState t) -> severity(t.status()))
            .thenComparing(t -> t.tenant().displayName());

    /** The first time the view opens: when something is red, the green tenants are folded away. */
    static FleetTriage initial(List<TenantState> tenants) {
        return new FleetTriage(Set.of(), null, "", tenants.stream().anyMatch(t -> t.status() == Status.RED));
    }

    List<TenantState> select(List<TenantState> tenants) {
        return tenants.stream().filter(this::matches).sorted(WORST_FIRST).toList();
    }

    static Map<Status, Long> counts(List<TenantState> tenants) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, tenants.stream().filter(t -> t.status() == status).count());
        }
        return counts;
    }

    FleetTriage withStatuses(Set<Status> chosen) {
        return new FleetTriage(Set.copyOf(chosen), region, text, notGreenOnly);
    }

    FleetTriage withRegion(String chosen) {
        return new FleetTriage(statuses, chosen, text, notGreenOnly);
    }

    FleetTriage withText(String typed) {
        return new FleetTriage(statuses, region, typed == null ? "" : typed.strip(), notGreenOnly);
    }

    FleetTriage withNotGreenOnly(boolean only) {
        return new FleetTriage(statuses, region, text, only);
    }

    private boolean matches(TenantState tenant) {
        return (statuses.isEmpty() || statuses.contains(tenant.status()))
                && (region == null || tenant.tenant().region().equals(region))
                && (!notGreenOnly || tenant.status() != Status.GREEN)
                && (text.isEmpty() || mentions(tenant, text.toLowerCase(Locale.FRENCH)));
    }

    private static boolean mentions(TenantState tenant, String typed) {
        return List.of(tenant.tenant().name(), tenant.tenant().displayName(), tenant.tenant().region(),
                tenant.tenant().authority().name()).stream()
                .anyMatch(field -> field.toLowerCase(Locale.FRENCH).contains(typed));
    }

    private static int severity(Status status) {
        return switch (status) {
            case RED -> 0;
            case GREY -> 1;
            case AMBER -> 2;
            case GREEN -> 3;
        };
    }
}
