package org.vigie.health;

import java.util.List;
import java.util.Optional;

/** A tenant's colour with every reason (its own and its services'), worst first. */
public record TenantHealth(Status status, List<Reason> reasons, List<ServiceHealth> services) {

    public TenantHealth {
        reasons = List.copyOf(reasons);
        services = List.copyOf(services);
    }

    public Optional<ServiceHealth> service(String name) {
        return services.stream().filter(s -> s.service().equals(name)).findFirst();
    }
}
