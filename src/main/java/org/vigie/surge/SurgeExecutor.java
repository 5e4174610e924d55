package org.vigie.surge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.ServiceState;
import org.vigie.scaling.ScaleRequest;
import org.vigie.scaling.ScaleResult;
import org.vigie.scaling.ScaleResult.Kind;
import org.vigie.scaling.ScalingService;
import org.vigie.security.AccessScope;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.surge.SurgePlan.State;

/**
 * Applies and reverts plans through {@link ScalingService}, one service at a time, exactly as a
 * person's click (reason: the plan's name). A plan is claimed in PostgreSQL first, so one console
 * carries it out; each change has its own Idempotency-Key, so a run resumed after a restart scales
 * nothing twice. Reverting expects what the plan set: a service changed by hand since is left alone.
 */
@Service
public class SurgeExecutor {

    static final String LEFT = "LEFT";
    static final String REVERTED = "REVERTED";
    private static final Set<Kind> RETRY = Set.of(Kind.CLUSTER_SILENT, Kind.CLUSTER_ERROR, Kind.AUDIT_UNAVAILABLE);

    private final SurgeRepository repository;
    private final ScalingService scaling;
    private final FleetSnapshotPublisher fleet;
    private final SurgeProperties properties;
    private final Clock clock;
    private final String owner = "console-" + UUID.randomUUID();

    SurgeExecutor(SurgeRepository repository, ScalingService scaling, FleetSnapshotPublisher fleet,
            SurgeProperties properties, Clock clock) {
        this.repository = repository;
        this.scaling = scaling;
        this.fleet = fleet;
        this.properties = properties;
        this.clock = clock;
    }

    /** Applies the plan now as {@code caller}; refused when it is not PLANNED or another console holds it. */
    public List<SurgeChangeRecord> apply(Caller caller, UUID id) {
        SurgePlans.requireOperator(caller);
        SurgePlan plan = repository.find(id).orElseThrow(() -> SurgePlans.notFound(id));
        if (!claim(plan, List.of(State.PLANNED), State.APPLYING)) {
            throw busy(plan, "applied");
        }
        repository.applyingBy(id, caller.username());
        return runApply(plan, caller);
    }

    /** Reverts the plan now as {@code caller}: every service it changed goes back, unless changed by hand since. */
    public List<SurgeChangeRecord> revert(Caller caller, UUID id) {
        SurgePlans.requireOperator(caller);
        SurgePlan plan = repository.find(id).orElseThrow(() -> SurgePlans.notFound(id));
        if (!claim(plan, List.of(State.APPLIED), State.REVERTING)) {
            throw busy(plan, "reverted");
        }
        repository.revertingBy(id, caller.username());
        return runRevert(plan, caller);
    }

    boolean claim(SurgePlan plan, List<State> from, State to) {
        return repository.claim(plan.id(), from, to, owner, clock.instant(), clock.instant().plus(properties.claimLease()));
    }

    /** The caller a run resumed by the scheduler acts as: the person who applied (or scheduled) the plan. */
    static Caller actingFor(String username) {
        return new Caller(username, Set.of(Role.OPERATOR), AccessScope.EVERYWHERE);
    }

    List<SurgeChangeRecord> runApply(SurgePlan plan, Caller caller) {
        ShedSettling settling = new ShedSettling(fleet, properties.shedSettleTimeout());
        for (SurgeChangeRecord change : repository.changes(plan.id())) {
            if (change.applyOutcome() != null) {
                continue;
            }
            Optional<ServiceState> service = fleet.current().tenant(change.tenant()).flatMap(t -> t.service(change.service()));
            settling.beforeScaling(change.tenant(), change.service(), change.planned());
            Integer beforeMax = service.map(ServiceState::autoscaler).map(ServiceState.Autoscaler::maxReplicas).orElse(null);
            ScaleResult result = scaling.scale(new ScaleRequest(caller, change.tenant(), change.service(), change.planned(),
                    null, plan.name(), plan.incident(), key(plan, change, "apply"), null, null));
            if (result.scaled() && change.planned() < result.from()) {
                settling.lowered(change.tenant(), change.service(), change.planned(), change.autoscaled());
            }
            repository.recordApply(plan.id(), change.ord(), result.scaled() ? result.from() : null,
                    result.scaled() && change.autoscaled() ? beforeMax : null, result.kind().name(), result.message());
            renew(plan);
        }
        repository.applied(plan.id(), caller.username(), clock.instant());
        return repository.changes(plan.id());
    }

    /**
     * The HPA maximum the plan raised, to bring back; null when the plan left it alone (an HPA whose
     * maximum was already above the plan's minimum, even above the catalogue's maximum, keeps it).
     */
    private Integer maximumToRestore(SurgeChangeRecord change) {
        if (!change.autoscaled() || change.beforeMax() == null || change.beforeMax() < Math.max(1, change.before())) {
            return null;
        }
        Optional<Integer> now = fleet.current().tenant(change.tenant()).flatMap(t -> t.service(change.service()))
                .map(ServiceState::autoscaler).map(ServiceState.Autoscaler::maxReplicas);
        return now.filter(change.beforeMax()::equals).isPresent() ? null : change.beforeMax();
    }

    /** Reverts in the reverse order of applying: raises come down first, so that shed services find their quota back. */
    List<SurgeChangeRecord> runRevert(SurgePlan plan, Caller caller) {
        boolean retry = false;
        ShedSettling settling = new ShedSettling(fleet, properties.shedSettleTimeout());
        for (SurgeChangeRecord change : repository.changes(plan.id()).reversed()) {
            if (!change.applied() || change.revertOutcome() != null) {
                continue;
            }
            settling.beforeScaling(change.tenant(), change.service(), change.before());
            int attempt = repository.nextRevertAttempt(plan.id(), change.ord());
            Integer max = maximumToRestore(change);
            ScaleResult result = scaling.scale(new ScaleRequest(caller, change.tenant(), change.service(), change.before(),
                    change.planned(), plan.name() + " — fin du plan", plan.incident(),
                    key(plan, change, "revert-" + attempt), null, max));
            boolean racing = result.kind() == Kind.CONFLICT && Integer.valueOf(change.planned()).equals(result.from());
            if (result.scaled() && change.before() < result.from()) {
                settling.lowered(change.tenant(), change.service(), change.before(), change.autoscaled());
            }
            if (RETRY.contains(result.kind()) || racing) {
                retry = true;
            } else if (result.scaled() || result.kind() == Kind.CONFLICT && Integer.valueOf(change.before()).equals(result.from())) {
                repository.recordRevert(plan.id(), change.ord(), REVERTED, change.service() + " revenu à " + change.before());
            } else if (result.kind() == Kind.CONFLICT) {
                repository.recordRevert(plan.id(), change.ord(), LEFT, change.service() + " laissé à " + result.from()
                        + " : modifié à la main pendant le plan (le plan l'avait mis à " + change.planned() + ")");
            } else {
                repository.recordRevert(plan.id(), change.ord(), result.kind().name(), result.message());
            }
            renew(plan);
        }
        if (retry) {
            repository.release(plan.id());
        } else {
            repository.ended(plan.id(), State.REVERTED, clock.instant());
        }
        return repository.changes(plan.id());
    }

    private void renew(SurgePlan plan) {
        repository.renew(plan.id(), owner, clock.instant().plus(properties.claimLease()));
    }

    private static String key(SurgePlan plan, SurgeChangeRecord change, String step) {
        return "surge-" + plan.id() + "-" + change.ord() + "-" + step;
    }

    private SurgeRefused busy(SurgePlan plan, String verb) {
        SurgePlan now = repository.find(plan.id()).orElse(plan);
        return new SurgeRefused(SurgeRefused.Kind.CONFLICT, "plan '" + plan.name() + "' cannot be " + verb + ": it is "
                + now.state() + (now.state() == State.APPLYING || now.state() == State.REVERTING
                        ? " by another request at this moment" : ""));
    }
}
