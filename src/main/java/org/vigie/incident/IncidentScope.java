package org.vigie.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vigie.health.Status;
import org.vigie.history.CurrentStatuses;
import org.vigie.history.StatusSince;
import org.vigie.security.Caller;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/** What an incident may cover: tenants of the catalogue within the caller's scope, and their services. */
@Component
class IncidentScope {

    /** How far back a tenant's current trouble may date the impact's start by default. */
    static final Duration IMPACT_LOOKBACK = Duration.ofDays(1);

    private final TenantCatalogue catalogue;
    private final CurrentStatuses current;

    IncidentScope(TenantCatalogue catalogue, CurrentStatuses current) {
        this.catalogue = catalogue;
        this.current = current;
    }

    List<String> tenants(Caller caller, List<String> names) {
        for (String name : names) {
            if (catalogue.find(name).isEmpty()) {
                throw IncidentRefused.field("tenants", name, "a tenant of the catalogue");
            }
        }
        requireCovers(caller, names);
        return names;
    }

    void requireCovers(Caller caller, List<String> names) {
        for (String name : names) {
            Optional<Tenant> tenant = catalogue.find(name);
            if (tenant.isPresent() && !caller.mayActOn(name, tenant.get().region())) {
                throw new IncidentRefused(IncidentRefused.Kind.FORBIDDEN, "tenant " + name + " (region "
                        + tenant.get().region() + ") is outside your scope: " + caller.scope().describe());
            }
        }
    }

    List<String> services(List<String> tenants, List<String> services) {
        for (String service : services) {
            boolean known = tenants.stream().map(catalogue::find).flatMap(Optional::stream)
                    .anyMatch(t -> t.service(service).isPresent());
            if (!known) {
                throw IncidentRefused.field("services", service, "a service of one of the affected tenants "
                        + tenants);
            }
        }
        return services;
    }

    /** The earliest moment an affected tenant turned RED or AMBER and stayed so, within a day; else now. */
    Instant impactStart(List<String> tenants, Instant now) {
        Instant limit = now.minus(IMPACT_LOOKBACK);
        return tenants.stream().map(current::of).flatMap(Optional::stream)
                .filter(s -> s.status() == Status.RED || s.status() == Status.AMBER)
                .map(StatusSince::since).filter(at -> at.isAfter(limit) && at.isBefore(now))
                .min(Instant::compareTo).orElse(now);
    }
}
