package org.vigie.surge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigie.health.HealthEvaluator;
import org.vigie.health.Quantities;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.quota.QuotaCheck;
import org.vigie.quota.QuotaHeadroom;
import org.vigie.tenant.ServiceSpec;

/** A tenant's quota while a plan is worked out: what is used now, and what the plan adds or frees. */
final class SurgeQuota {

    private static final BigDecimal NEARLY = BigDecimal.valueOf(HealthEvaluator.NEARLY);

    private final List<QuotaHeadroom> rooms;
    private final Map<Resource, BigDecimal> added = new EnumMap<>(Resource.class);

    SurgeQuota(List<QuotaHeadroom> rooms) {
        this.rooms = rooms;
        rooms.forEach(r -> added.put(r.resource(), BigDecimal.ZERO));
    }

    void add(SurgeCompute.Amounts delta) {
        added.replaceAll((resource, sum) -> sum.add(delta.get(resource)));
    }

    boolean fits() {
        return rooms.stream().allMatch(r -> r.limit() == null || after(r).compareTo(r.limit()) <= 0);
    }

    /**
     * How many more replicas of the service fit, up to {@code wanted} (0 when none or when nothing is
     * wanted): up to the limit, or, with {@code belowNearly}, staying below the share of it where the
     * board turns amber ({@link HealthEvaluator#NEARLY}).
     */
    int replicasThatFit(ServiceSpec service, int wanted, boolean belowNearly) {
        int fit = Math.max(0, wanted);
        for (QuotaHeadroom room : rooms) {
            BigDecimal per = QuotaCheck.perReplica(service, room.resource());
            if (room.limit() == null || per.signum() <= 0) {
                continue;
            }
            BigDecimal line = belowNearly ? room.limit().multiply(NEARLY) : room.limit();
            BigDecimal left = line.subtract(after(room)).max(BigDecimal.ZERO);
            BigDecimal replicas = belowNearly
                    ? left.divide(per, 0, RoundingMode.CEILING).subtract(BigDecimal.ONE).max(BigDecimal.ZERO)
                    : left.divide(per, 0, RoundingMode.FLOOR);
            fit = Math.min(fit, replicas.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue());
        }
        return fit;
    }

    List<TenantSurge.QuotaAfter> after() {
        return rooms.stream().map(r -> new TenantSurge.QuotaAfter(r.resource(), used(r), after(r), r.limit())).toList();
    }

    /** Every resource the plan would take beyond its limit, in French. */
    List<String> overruns() {
        List<String> over = new ArrayList<>();
        for (QuotaHeadroom room : rooms) {
            if (room.limit() != null && after(room).compareTo(room.limit()) > 0) {
                over.add(room.resource().name().toLowerCase(java.util.Locale.ROOT) + " : il manque "
                        + Quantities.format(room.resource(), after(room).subtract(room.limit())) + " (après le plan "
                        + Quantities.format(room.resource(), after(room)) + " sur "
                        + Quantities.format(room.resource(), room.limit()) + ")");
            }
        }
        return over;
    }

    private BigDecimal after(QuotaHeadroom room) {
        return used(room).add(added.get(room.resource()));
    }

    private static BigDecimal used(QuotaHeadroom room) {
        return room.used() == null ? BigDecimal.ZERO : room.used();
    }
}
