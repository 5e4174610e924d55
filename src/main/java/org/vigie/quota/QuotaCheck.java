package org.vigie.quota;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigie.health.Quantities;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.health.TenantState;
import org.vigie.tenant.ServiceSpec;

/** Whether the extra replicas of a scale-up fit what is left of the tenant's quota. */
public final class QuotaCheck {

    private QuotaCheck() {
    }

    public static List<QuotaHeadroom> headroom(TenantState state) {
        return state.quota().stream().map(QuotaHeadroom::of).toList();
    }

    /** Empty when it fits; otherwise the first resource that does not, with what is needed and what is left. */
    public static Optional<String> refusal(TenantState state, ServiceSpec service, int from, int to) {
        if (to <= from) {
            return Optional.empty();
        }
        int extra = to - from;
        for (QuotaHeadroom room : headroom(state)) {
            if (room.headroom() == null) {
                continue;
            }
            BigDecimal perReplica = perReplica(service, room.resource());
            BigDecimal needed = perReplica.multiply(BigDecimal.valueOf(extra));
            if (needed.compareTo(room.headroom()) > 0) {
                String name = room.resource().name().toLowerCase(Locale.ROOT);
                return Optional.of(name + ": " + extra + " more replica(s) of " + service.name() + " need "
                        + Quantities.format(room.resource(), needed) + ", only "
                        + Quantities.format(room.resource(), room.headroom()) + " left of "
                        + Quantities.format(room.resource(), room.limit()));
            }
        }
        return Optional.empty();
    }

    /** What one replica of the service takes of a resource: its requests, or one pod. */
    public static BigDecimal perReplica(ServiceSpec service, Resource resource) {
        return switch (resource) {
            case CPU -> Quantities.amount(service.cpuRequest());
            case MEMORY -> Quantities.amount(service.memoryRequest());
            case PODS -> BigDecimal.ONE;
        };
    }
}
