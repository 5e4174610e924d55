package org.vigie.onboarding.ui;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant.Population;

/**
 * Replicas and quota a tenant needs on a normal school day and on a closure day (decision 0022): at
 * the 08:00 peak 3.5 % of students and teachers and 0.8 % of parents are connected; a closure day
 * triples that. A critical service serves every session, an essential one half, a deferrable one a
 * quarter; each replica is loaded to 80 % of {@code sessionsPerReplica} at most, below the 90 % at
 * which the board turns amber. The quota covers the closure day plus 10 % for rolling updates.
 */
final class SizingSuggestions {

    static final double STUDENT_PEAK_SHARE = 0.035;
    static final double PARENT_PEAK_SHARE = 0.008;
    static final int CLOSURE_FACTOR = 3;
    static final double TARGET_LOAD = 0.8;
    static final double ROLLOUT_HEADROOM = 1.1;
    private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

    private SizingSuggestions() {
    }

    /** One service as the form holds it; requests that are not valid quantities leave it out of the quota. */
    record Demand(String name, Priority priority, String cpu, String memory) {
    }

    record ServiceSizing(String name, Priority priority, int normalDay, int closureDay) {
    }

    /** Requests summed over replicas: cores, GiB, pods. */
    record Resources(BigDecimal cpu, BigDecimal memoryGi, int pods) {
    }

    record Suggestion(long normalSessions, long closureSessions, List<ServiceSizing> services, Resources normalDay,
            Resources closureDay, String quotaCpu, String quotaMemory, int quotaPods) {
    }

    static long peakSessions(Population population) {
        return (long) Math.ceil(STUDENT_PEAK_SHARE * (population.students() + population.teachers())
                + PARENT_PEAK_SHARE * population.parents());
    }

    /** Replicas of a service of this priority for {@code sessions} concurrent sessions. */
    static int replicas(Priority priority, long sessions, int sessionsPerReplica) {
        double share = switch (priority) {
            case CRITICAL -> 1.0;
            case ESSENTIAL -> 0.5;
            case DEFERRABLE -> 0.25;
        };
        int floor = switch (priority) {
            case CRITICAL -> 2;
            case ESSENTIAL -> 1;
            case DEFERRABLE -> 0;
        };
        long needed = (long) Math.ceil(sessions * share / (sessionsPerReplica * TARGET_LOAD));
        return (int) Math.max(floor, Math.min(needed, Integer.MAX_VALUE));
    }

    static Suggestion suggest(Population population, int sessionsPerReplica, List<Demand> demands) {
        if (sessionsPerReplica < 1) {
            throw new IllegalArgumentException("sessionsPerReplica must be at least 1, was " + sessionsPerReplica);
        }
        long normal = peakSessions(population);
        long closure = normal * CLOSURE_FACTOR;
        List<ServiceSizing> services = new ArrayList<>();
        for (Demand demand : demands) {
            services.add(new ServiceSizing(demand.name(), demand.priority(),
                    replicas(demand.priority(), normal, sessionsPerReplica),
                    replicas(demand.priority(), closure, sessionsPerReplica)));
        }
        Resources normalDay = resources(demands, services, false);
        Resources closureDay = resources(demands, services, true);
        BigDecimal headroom = BigDecimal.valueOf(ROLLOUT_HEADROOM);
        return new Suggestion(normal, closure, List.copyOf(services), normalDay, closureDay,
                closureDay.cpu().multiply(headroom).setScale(0, RoundingMode.CEILING).toPlainString(),
                closureDay.memoryGi().multiply(headroom).setScale(0, RoundingMode.CEILING).toPlainString() + "Gi",
                (int) Math.ceil(closureDay.pods() * ROLLOUT_HEADROOM));
    }

    private static Resources resources(List<Demand> demands, List<ServiceSizing> sizings, boolean closure) {
        BigDecimal cpu = BigDecimal.ZERO;
        BigDecimal memory = BigDecimal.ZERO;
        int pods = 0;
        for (int i = 0; i < demands.size(); i++) {
            int replicas = closure ? sizings.get(i).closureDay() : sizings.get(i).normalDay();
            BigDecimal cpuEach = amount(demands.get(i).cpu());
            BigDecimal memoryEach = amount(demands.get(i).memory());
            if (cpuEach != null && memoryEach != null) {
                cpu = cpu.add(cpuEach.multiply(BigDecimal.valueOf(replicas)));
                memory = memory.add(memoryEach.multiply(BigDecimal.valueOf(replicas)));
                pods += replicas;
            }
        }
        return new Resources(cpu.stripTrailingZeros(), memory.divide(GIB, 2, RoundingMode.CEILING).stripTrailingZeros(),
                pods);
    }

    private static BigDecimal amount(String quantity) {
        try {
            return quantity == null || quantity.isBlank() ? null : Quantity.parse(quantity.strip()).getNumericalAmount();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
