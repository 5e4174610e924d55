package org.vigie.surge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.health.ServiceState;
import org.vigie.health.TenantState;
import org.vigie.quota.QuotaCheck;
import org.vigie.surge.ServiceChange.Kind;
import org.vigie.tenant.SchoolDay;
import org.vigie.tenant.ServiceSpec.Priority;

/**
 * The arithmetic of a plan for one tenant. Sessions = weekday peak × the window's busiest share of
 * the school day × the multiplier; every deployed service needs sessions ÷ sessionsPerReplica
 * replicas (rounded up) within its bounds, never fewer than today. Critical services are raised
 * first; if their raise does not fit the quota, deferrable services are shed to their minimum (the
 * one freeing the most CPU first), then essential ones when asked, until it fits; then essential and
 * deferrable services are raised as far as what is left allows, below the share of the quota where the
 * board turns amber: a plan does not make the tenant it relieves amber with services that can wait.
 */
final class SurgeCompute {

    private SurgeCompute() {
    }

    static TenantSurge compute(TenantState state, double multiplier, double windowShare, boolean shedEssential) {
        // Less than a millionth of a session is floating-point noise, not a session to serve.
        long sessions = (long) Math.ceil(SchoolDay.weekdayPeak(state.tenant().population()) * windowShare * multiplier
                - 1e-6);
        int needed = (int) Math.min(Integer.MAX_VALUE,
                (sessions + state.tenant().capacity().sessionsPerReplica() - 1) / state.tenant().capacity().sessionsPerReplica());
        SurgeQuota quota = new SurgeQuota(QuotaCheck.headroom(state));
        List<Draft> drafts = state.services().stream().filter(ServiceState::deployed)
                .map(s -> new Draft(s, needed)).toList();
        for (Draft critical : byPriority(drafts, Priority.CRITICAL)) {
            quota.add(critical.delta(critical.wanted));
        }
        shed(drafts, Priority.DEFERRABLE, quota);
        if (shedEssential) {
            shed(drafts, Priority.ESSENTIAL, quota);
        }
        for (Draft critical : byPriority(drafts, Priority.CRITICAL)) {
            quota.add(critical.delta(critical.wanted).negate());
        }
        for (Priority priority : Priority.values()) {
            for (Draft draft : byPriority(drafts, priority)) {
                if (draft.kind != Kind.SHED) {
                    draft.raise(quota);
                }
            }
        }
        List<ServiceChange> changes = drafts.stream().map(d -> d.change(state.tenant().name())).toList();
        List<String> doesNotFit = new ArrayList<>();
        changes.stream().filter(ServiceChange::shortOfWanted).forEach(c -> doesNotFit.add(c.service() + " : "
                + c.wanted() + " répliques nécessaires, " + c.planned() + " tiennent dans le quota"));
        doesNotFit.addAll(quota.overruns());
        return new TenantSurge(state.tenant().name(), state.tenant().region(), multiplier, sessions, needed, changes,
                quota.after(), doesNotFit);
    }

    private static void shed(List<Draft> drafts, Priority priority, SurgeQuota quota) {
        List<Draft> candidates = byPriority(drafts, priority).stream().filter(d -> d.floor() < d.today)
                .sorted(Comparator.comparing((Draft d) -> d.delta(d.floor()).get(Resource.CPU))).toList();
        for (Draft draft : candidates) {
            if (quota.fits()) {
                return;
            }
            Amounts delta = draft.delta(draft.floor());
            draft.planned = draft.floor();
            draft.kind = Kind.SHED;
            draft.frees = delta.negate().values();
            quota.add(delta);
        }
    }

    private static List<Draft> byPriority(List<Draft> drafts, Priority priority) {
        return drafts.stream().filter(d -> d.service.spec().priority() == priority).toList();
    }

    /** One service while the plan is being worked out. */
    private static final class Draft {
        final ServiceState service;
        final int today;
        final int running;
        final int wanted;
        int planned;
        Kind kind = Kind.KEEP;
        Map<Resource, BigDecimal> frees = Map.of();

        Draft(ServiceState service, int needed) {
            this.service = service;
            boolean autoscaled = service.autoscaler() != null;
            this.today = autoscaled ? service.autoscaler().minReplicas() : service.desired();
            this.running = service.desired();
            this.wanted = Math.max(today, Math.clamp(needed, floor(), service.spec().maxReplicas()));
            this.planned = today;
        }

        /** The lowest the plan may take it: its minimum (at least 1 for an HPA, which cannot keep 0). */
        int floor() {
            int min = service.spec().minReplicas();
            return service.autoscaler() != null ? Math.max(1, min) : min;
        }

        /** Replicas running with that target: an HPA keeps at least its minimum, and may run more. */
        int runningWith(int target) {
            return service.autoscaler() != null ? Math.max(running, target) : target;
        }

        Amounts delta(int target) {
            return Amounts.of(service.spec(), runningWith(target) - running);
        }

        void raise(SurgeQuota quota) {
            int extra = quota.replicasThatFit(service.spec(), wanted - running,
                    service.spec().priority() != Priority.CRITICAL);
            int reachable = Math.min(wanted, Math.max(today, running + extra));
            if (reachable > today) {
                planned = reachable;
                kind = Kind.RAISE;
                quota.add(delta(planned));
            }
        }

        ServiceChange change(String tenant) {
            return new ServiceChange(tenant, service.spec().name(), service.spec().priority(),
                    service.autoscaler() != null, today, wanted, planned, kind, frees);
        }
    }

    /** Amounts of CPU (cores), memory (bytes) and pods. */
    record Amounts(Map<Resource, BigDecimal> values) {

        static Amounts of(org.vigie.tenant.ServiceSpec spec, int replicas) {
            Map<Resource, BigDecimal> values = new EnumMap<>(Resource.class);
            for (Resource resource : Resource.values()) {
                values.put(resource, QuotaCheck.perReplica(spec, resource).multiply(BigDecimal.valueOf(replicas)));
            }
            return new Amounts(values);
        }

        BigDecimal get(Resource resource) {
            return values.get(resource);
        }

        Amounts negate() {
            Map<Resource, BigDecimal> negated = new EnumMap<>(Resource.class);
            values.forEach((r, v) -> negated.put(r, v.negate()));
            return new Amounts(negated);
        }
    }
}
