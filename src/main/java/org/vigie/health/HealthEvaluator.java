package org.vigie.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.vigie.health.FleetSnapshot.ClusterStatus;
import org.vigie.health.ServiceState.PodTroubles;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant;

/**
 * Turns what is known of a tenant into a colour and reasons. Pure: same input, same answer.
 * Data older than the staleness limit is never evaluated as if it were current: it makes GREY.
 */
public final class HealthEvaluator {

    static final double NEARLY = 0.9;
    /** Worst colour first; within a colour, causes (replicas, pods) before consequences (load, probe). */
    static final Comparator<Reason> WORST_FIRST = Comparator.comparing(Reason::status).reversed()
            .thenComparing(Reason::code);

    private final Duration stalenessLimit;

    public HealthEvaluator(Duration stalenessLimit) {
        this.stalenessLimit = stalenessLimit;
    }

    public TenantHealth evaluate(TenantState state, ClusterStatus cluster, Instant now) {
        List<Reason> tenantReasons = new ArrayList<>();
        Reason clusterProblem = clusterProblem(state, cluster, now);
        List<ServiceHealth> services;
        if (clusterProblem != null) {
            tenantReasons.add(clusterProblem);
            services = state.services().stream()
                    .map(s -> new ServiceHealth(s.spec().name(), Status.GREY, List.of(clusterProblem))).toList();
        } else {
            services = state.services().stream().map(HealthEvaluator::service).toList();
            state.quota().forEach(q -> addIfPresent(tenantReasons, quota(q)));
            addIfPresent(tenantReasons, load(state));
        }
        addIfPresent(tenantReasons, probe(state, now));
        Status status = tenantReasons.stream().map(Reason::status).reduce(Status.GREEN, Status::worst);
        List<Reason> all = new ArrayList<>(tenantReasons);
        for (int i = 0; i < services.size(); i++) {
            ServiceHealth service = services.get(i);
            boolean deferrable = state.services().get(i).spec().priority() == Priority.DEFERRABLE;
            status = status.worst(deferrable ? service.status().cappedAt(Status.AMBER) : service.status());
            if (clusterProblem == null) {
                all.addAll(service.reasons());
            }
        }
        all.sort(WORST_FIRST);
        if (state.tenant().lifecycle() != Tenant.Lifecycle.ACTIVE) {
            return new TenantHealth(Status.GREY, List.of(notInService(state.tenant().lifecycle())), services);
        }
        return new TenantHealth(status, all, services);
    }

    /** A tenant being onboarded or suspended is not an outage: it is not in service, its services keep their own health. */
    private static Reason notInService(Tenant.Lifecycle lifecycle) {
        return new Reason(ReasonCode.NOT_IN_SERVICE, Status.GREY, lifecycle == Tenant.Lifecycle.ONBOARDING
                ? "being onboarded: not in service yet" : "suspended: not in service");
    }

    private Reason clusterProblem(TenantState state, ClusterStatus cluster, Instant now) {
        String name = state.tenant().cluster();
        if (cluster == null || !cluster.configured()) {
            return new Reason(ReasonCode.CLUSTER_UNAVAILABLE, Status.GREY,
                    "cluster " + name + " is not configured in vigie.clusters");
        }
        if (cluster.confirmedAt() == null) {
            return new Reason(ReasonCode.CLUSTER_UNAVAILABLE, Status.GREY,
                    "cluster " + name + " has not answered yet (caches not synced)");
        }
        Duration age = Duration.between(cluster.confirmedAt(), now);
        if (age.compareTo(stalenessLimit) > 0) {
            return new Reason(ReasonCode.DATA_STALE, Status.GREY,
                    "no news from cluster " + name + " for " + age.toSeconds() + " s (limit "
                            + stalenessLimit.toSeconds() + " s)");
        }
        return null;
    }

    static ServiceHealth service(ServiceState service) {
        String name = service.spec().name();
        List<Reason> reasons = new ArrayList<>();
        int min = service.spec().minReplicas();
        if (!service.deployed()) {
            reasons.add(new Reason(ReasonCode.NOT_DEPLOYED, Status.RED, name + " is not deployed"));
        } else if (service.desired() == 0 && min > 0) {
            reasons.add(new Reason(ReasonCode.REPLICAS_UNAVAILABLE, Status.RED,
                    name + " is scaled to 0 (minimum " + min + ")"));
        } else if (service.ready() < service.desired()) {
            boolean belowMinimum = service.ready() == 0 || service.ready() < min;
            reasons.add(new Reason(ReasonCode.REPLICAS_UNAVAILABLE, belowMinimum ? Status.RED : Status.AMBER,
                    service.ready() + " of " + service.desired() + " " + name + " replicas ready"
                            + (belowMinimum && service.ready() > 0 ? " (minimum " + min + ")" : "")));
        } else if (service.ready() < min) {
            reasons.add(new Reason(ReasonCode.REPLICAS_UNAVAILABLE, Status.RED, service.ready() + " " + name
                    + " replica(s) ready, below its minimum of " + min));
        }
        PodTroubles troubles = service.troubles();
        if (troubles.crashLooping() > 0) {
            reasons.add(new Reason(ReasonCode.CRASH_LOOP, Status.AMBER,
                    troubles.crashLooping() + " " + name + " container(s) in CrashLoopBackOff"));
        }
        if (troubles.oomKilledRecently() > 0) {
            reasons.add(new Reason(ReasonCode.OOM_KILLED, Status.AMBER,
                    troubles.oomKilledRecently() + " " + name + " container(s) killed out of memory in the last 15 min"));
        } else if (troubles.restartedRecently() > 0) {
            reasons.add(new Reason(ReasonCode.RESTARTING, Status.AMBER,
                    troubles.restartedRecently() + " " + name + " container(s) restarted in the last 15 min"));
        }
        Status status = reasons.stream().map(Reason::status).reduce(Status.GREEN, Status::worst);
        return new ServiceHealth(name, status, reasons);
    }

    static Reason quota(QuotaUsage usage) {
        if (usage.usedRatio().isEmpty()) {
            return null;
        }
        double ratio = usage.usedRatio().getAsDouble();
        String resource = usage.resource().name().toLowerCase(Locale.ROOT);
        String amounts = Quantities.format(usage.resource(), usage.used()) + " of "
                + Quantities.format(usage.resource(), usage.hard()) + " used";
        if (ratio >= 1) {
            return new Reason(ReasonCode.QUOTA_EXHAUSTED, Status.RED, resource + " quota exhausted: " + amounts);
        }
        if (ratio >= NEARLY) {
            return new Reason(ReasonCode.QUOTA_NEARLY_EXHAUSTED, Status.AMBER,
                    resource + " quota at " + percent(ratio) + ": " + amounts);
        }
        return null;
    }

    static Reason load(TenantState state) {
        OptionalLong capacity = state.sessionCapacity();
        if (state.sessions() == null || capacity.isEmpty()) {
            return null;
        }
        long sessions = state.sessions();
        String figures = String.format(Locale.FRANCE, "%,d sessions for a capacity of %,d", sessions,
                capacity.getAsLong());
        String limit = state.bottleneck().map(s -> String.format(Locale.FRANCE, ", limited by %s: %d replica(s) × %,d "
                + "sessions", s.spec().name(), s.ready(), state.tenant().capacity().sessionsPerReplica())).orElse("");
        if (capacity.getAsLong() == 0) {
            return sessions == 0 ? null : new Reason(ReasonCode.OVER_CAPACITY, Status.RED, figures + limit);
        }
        double ratio = (double) sessions / capacity.getAsLong();
        if (ratio > 1) {
            return new Reason(ReasonCode.OVER_CAPACITY, Status.RED, figures + " (" + percent(ratio) + ")" + limit);
        }
        if (ratio >= NEARLY) {
            return new Reason(ReasonCode.NEAR_CAPACITY, Status.AMBER, figures + " (" + percent(ratio) + ")" + limit);
        }
        return null;
    }

    private Reason probe(TenantState state, Instant now) {
        ProbeSummary probe = state.probe();
        if (probe == null) {
            return new Reason(ReasonCode.DATA_STALE, Status.GREY, "no health probe result yet");
        }
        Duration age = Duration.between(probe.lastAttemptAt(), now);
        if (age.compareTo(stalenessLimit) > 0) {
            return new Reason(ReasonCode.DATA_STALE, Status.GREY,
                    "last health probe " + age.toSeconds() + " s ago (limit " + stalenessLimit.toSeconds() + " s)");
        }
        if (probe.failing()) {
            return new Reason(ReasonCode.PROBE_FAILING, Status.RED, "health URL " + probe.failure());
        }
        int objective = state.tenant().slo().p95LatencyMs();
        if (probe.p95Latency() != null && probe.p95Latency().toMillis() > objective) {
            return new Reason(ReasonCode.PROBE_SLOW, Status.AMBER,
                    "p95 " + seconds(probe.p95Latency()) + " over the " + objective + " ms objective");
        }
        return null;
    }

    private static void addIfPresent(List<Reason> reasons, Reason reason) {
        if (reason != null) {
            reasons.add(reason);
        }
    }

    private static String percent(double ratio) {
        return Math.round(ratio * 100) + " %";
    }

    private static String seconds(Duration latency) {
        return latency.toMillis() >= 1000
                ? String.format(Locale.ROOT, "%.1f s", latency.toMillis() / 1000.0)
                : latency.toMillis() + " ms";
    }
}
