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

    /** From this share of a quota or of the session capacity on, the board says AMBER ("nearly"). */
    public static final double NEARLY = 0.9;
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
        return Reason.of(ReasonCode.NOT_IN_SERVICE, Status.GREY,
                lifecycle == Tenant.Lifecycle.ONBOARDING ? "onboarding" : "suspended");
    }

    private Reason clusterProblem(TenantState state, ClusterStatus cluster, Instant now) {
        String name = state.tenant().cluster();
        if (cluster == null || !cluster.configured()) {
            return Reason.of(ReasonCode.CLUSTER_UNAVAILABLE, Status.GREY, Reason.CLUSTER_NOT_CONFIGURED, name);
        }
        if (cluster.confirmedAt() == null) {
            return Reason.of(ReasonCode.CLUSTER_UNAVAILABLE, Status.GREY, Reason.CLUSTER_NOT_SYNCED, name);
        }
        if (cluster.refused()) {
            return Reason.of(ReasonCode.CLUSTER_UNAVAILABLE, Status.GREY, "clusterRefuses", name);
        }
        Duration age = Duration.between(cluster.confirmedAt(), now);
        if (age.compareTo(stalenessLimit) > 0) {
            return Reason.of(ReasonCode.DATA_STALE, Status.GREY, "clusterSilent", name, age.toSeconds(),
                    stalenessLimit.toSeconds());
        }
        return null;
    }

    static ServiceHealth service(ServiceState service) {
        String name = service.spec().name();
        List<Reason> reasons = new ArrayList<>();
        int min = service.spec().minReplicas();
        if (!service.deployed()) {
            reasons.add(Reason.of(ReasonCode.NOT_DEPLOYED, Status.RED, "notDeployed", name));
        } else if (service.desired() == 0 && min > 0) {
            reasons.add(Reason.of(ReasonCode.REPLICAS_UNAVAILABLE, Status.RED, "scaledToZero", name, min));
        } else if (service.ready() < service.desired()) {
            boolean belowMinimum = service.ready() == 0 || service.ready() < min;
            reasons.add(belowMinimum && service.ready() > 0
                    ? Reason.of(ReasonCode.REPLICAS_UNAVAILABLE, Status.RED, "someReadyBelowMinimum", service.ready(),
                            service.desired(), name, min)
                    : Reason.of(ReasonCode.REPLICAS_UNAVAILABLE, belowMinimum ? Status.RED : Status.AMBER,
                            "someReady", service.ready(), service.desired(), name));
        } else if (service.ready() < min) {
            reasons.add(Reason.of(ReasonCode.REPLICAS_UNAVAILABLE, Status.RED, "belowMinimum", service.ready(), name,
                    min));
        }
        PodTroubles troubles = service.troubles();
        if (troubles.crashLooping() > 0) {
            reasons.add(Reason.of(ReasonCode.CRASH_LOOP, Status.AMBER, "crashLoop", troubles.crashLooping(), name));
        }
        if (troubles.oomKilledRecently() > 0) {
            reasons.add(Reason.of(ReasonCode.OOM_KILLED, Status.AMBER, "oomKilled", troubles.oomKilledRecently(), name));
        } else if (troubles.restartedRecently() > 0) {
            reasons.add(Reason.of(ReasonCode.RESTARTING, Status.AMBER, "restarting", troubles.restartedRecently(),
                    name));
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
        String used = Quantities.format(usage.resource(), usage.used());
        String hard = Quantities.format(usage.resource(), usage.hard());
        if (ratio >= 1) {
            return Reason.of(ReasonCode.QUOTA_EXHAUSTED, Status.RED, "quotaExhausted", resource, used, hard);
        }
        if (ratio >= NEARLY) {
            return Reason.of(ReasonCode.QUOTA_NEARLY_EXHAUSTED, Status.AMBER, "quotaNearlyExhausted", resource,
                    percent(ratio), used, hard);
        }
        return null;
    }

    static Reason load(TenantState state) {
        OptionalLong capacity = state.sessionCapacity();
        if (state.sessions() == null || capacity.isEmpty()) {
            return null;
        }
        long sessions = state.sessions();
        if (capacity.getAsLong() == 0) {
            return sessions == 0 ? null : load(ReasonCode.OVER_CAPACITY, Status.RED, state, "");
        }
        double ratio = (double) sessions / capacity.getAsLong();
        if (ratio > 1) {
            return load(ReasonCode.OVER_CAPACITY, Status.RED, state, percent(ratio));
        }
        if (ratio >= NEARLY) {
            return load(ReasonCode.NEAR_CAPACITY, Status.AMBER, state, percent(ratio));
        }
        return null;
    }

    /** "N sessions for a capacity of C (P %), limited by S: R replica(s) × K sessions", the bottleneck named. */
    private static Reason load(ReasonCode code, Status status, TenantState state, String percentage) {
        String percent = percentage.isEmpty() ? "" : " (" + percentage + ")";
        long capacity = state.sessionCapacity().orElse(0);
        return state.bottleneck()
                .map(s -> Reason.of(code, status, "loadLimitedBy", state.sessions(), capacity, percent, s.spec().name(),
                        s.ready(), state.tenant().capacity().sessionsPerReplica()))
                .orElseGet(() -> Reason.of(code, status, "load", state.sessions(), capacity, percent));
    }

    private Reason probe(TenantState state, Instant now) {
        ProbeSummary probe = state.probe();
        if (probe == null) {
            return Reason.of(ReasonCode.DATA_STALE, Status.GREY, Reason.NO_PROBE_YET);
        }
        Duration age = Duration.between(probe.lastAttemptAt(), now);
        if (age.compareTo(stalenessLimit) > 0) {
            return Reason.of(ReasonCode.DATA_STALE, Status.GREY, "probeStale", age.toSeconds(),
                    stalenessLimit.toSeconds());
        }
        if (probe.failing()) {
            return probeFailure(probe.failure());
        }
        int objective = state.tenant().slo().p95LatencyMs();
        if (probe.p95Latency() != null && probe.p95Latency().toMillis() > objective) {
            return Reason.of(ReasonCode.PROBE_SLOW, Status.AMBER, "probeSlow", seconds(probe.p95Latency()), objective);
        }
        return null;
    }

    /** The prober writes {@code http:503}, {@code timeout:2000} or {@code unreachable:<cause>}. */
    private static Reason probeFailure(String failure) {
        int colon = failure.indexOf(':');
        String kind = colon < 0 ? "" : failure.substring(0, colon);
        return switch (kind) {
            case "http", "timeout", "unreachable" -> Reason.of(ReasonCode.PROBE_FAILING, Status.RED, "probe." + kind,
                    failure.substring(colon + 1));
            default -> Reason.of(ReasonCode.PROBE_FAILING, Status.RED, "probe.other", failure);
        };
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
