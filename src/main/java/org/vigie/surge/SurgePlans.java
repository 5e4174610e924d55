package org.vigie.surge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.surge.SurgeRefused.Kind;

/**
 * Plans: computed from a draft against the fleet as it is now, saved as computed (what was shown is
 * what runs), refused when they would overlap a live plan on one service.
 */
@Service
public class SurgePlans {

    private final FleetSnapshotPublisher fleet;
    private final SurgeRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SurgePlans(FleetSnapshotPublisher fleet, SurgeRepository repository, TransactionTemplate transactions, Clock clock) {
        this.fleet = fleet;
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The plan the draft gives against today's fleet, not saved. */
    public SurgePlan compute(Caller caller, SurgeDraft draft) {
        requireOperator(caller);
        String name = SurgeValidation.name(draft.name());
        SurgePreset preset = SurgeValidation.preset(draft.preset());
        LoadProfile profile = SurgeValidation.profile(draft);
        SurgeValidation.scope(draft);
        SurgeWindow window = SurgeValidation.window(draft, clock.instant());
        String incident = SurgeValidation.incident(draft.incident());
        FleetSnapshot snapshot = fleet.current();
        List<TenantState> covered = covered(caller, draft, snapshot);
        if (preset != null) {
            LoadProfile base = preset.profile(covered);
            profile = new LoadProfile(base.multiplier(), profile.byRegion(), merged(base, profile));
        }
        double share = window.peakShare();
        List<TenantSurge> computed = new ArrayList<>();
        for (TenantState tenant : covered) {
            double multiplier = profile.multiplierFor(tenant.tenant().name(), tenant.tenant().region());
            computed.add(SurgeCompute.compute(tenant, multiplier, share, draft.shedEssential()));
        }
        return new SurgePlan(UUID.randomUUID(), name, profile, preset, draft.tenants(), draft.regions(), window, incident,
                draft.shedEssential(), SurgePlan.State.PLANNED, caller.username(), clock.instant(), null, null, null,
                computed);
    }

    /** Saves a computed plan, unless a live plan already covers one of its services at an overlapping time. */
    public SurgePlan save(Caller caller, SurgePlan plan) {
        requireOperator(caller);
        transactions.executeWithoutResult(status -> {
            repository.lockPlans();
            Set<String> services = serviceKeys(plan);
            for (SurgePlan other : repository.live()) {
                if (!other.window().overlaps(plan.window())) {
                    continue;
                }
                Optional<String> shared = serviceKeys(other).stream().filter(services::contains).findFirst();
                if (shared.isPresent()) {
                    throw new SurgeRefused(Kind.CONFLICT, "plan '" + plan.name() + "' overlaps plan '" + other.name()
                            + "' (" + other.id() + ", " + SurgeText.window(other.window()) + ") on " + shared.get()
                            + "; change the window or the tenants, or revert or delete that plan");
                }
            }
            repository.insert(plan);
        });
        return plan;
    }

    public SurgePlan create(Caller caller, SurgeDraft draft) {
        return save(caller, compute(caller, draft));
    }

    public Optional<SurgePlan> find(UUID id) {
        return repository.find(id);
    }

    public List<SurgePlan> all() {
        return repository.all();
    }

    public List<SurgeChangeRecord> changes(UUID id) {
        return repository.changes(id);
    }

    /** Deletes a plan that does not hold; an applied plan must be reverted first. */
    public void delete(Caller caller, UUID id) {
        requireOperator(caller);
        SurgePlan plan = find(id).orElseThrow(() -> notFound(id));
        if (!repository.delete(id)) {
            throw new SurgeRefused(Kind.CONFLICT, "plan '" + plan.name() + "' is " + plan.state()
                    + "; revert it before deleting it");
        }
    }

    static SurgeRefused notFound(UUID id) {
        return new SurgeRefused(Kind.NOT_FOUND, "no surge plan with id " + id);
    }

    static void requireOperator(Caller caller) {
        if (!caller.has(Role.OPERATOR)) {
            throw new SurgeRefused(Kind.FORBIDDEN, "surge plans are changed by operators; your roles: " + caller.roles());
        }
    }

    private static List<TenantState> covered(Caller caller, SurgeDraft draft, FleetSnapshot snapshot) {
        Set<String> regions = new LinkedHashSet<>(draft.regions());
        for (String region : regions) {
            if (snapshot.tenants().stream().noneMatch(t -> t.tenant().region().equals(region))) {
                throw SurgeRefused.field("regions", region, "a region of the catalogue");
            }
        }
        for (String tenant : draft.tenants()) {
            if (snapshot.tenant(tenant).isEmpty()) {
                throw SurgeRefused.field("tenants", tenant, "a tenant of the catalogue");
            }
        }
        List<TenantState> covered = snapshot.tenants().stream()
                .filter(t -> draft.tenants().contains(t.tenant().name()) || regions.contains(t.tenant().region())).toList();
        for (TenantState t : covered) {
            if (!caller.mayActOn(t.tenant().name(), t.tenant().region())) {
                throw new SurgeRefused(Kind.FORBIDDEN, "tenant " + t.tenant().name() + " (region " + t.tenant().region()
                        + ") is outside your scope: " + caller.scope().describe());
            }
        }
        return covered;
    }

    private static java.util.Map<String, Double> merged(LoadProfile preset, LoadProfile asked) {
        java.util.Map<String, Double> byTenant = new java.util.HashMap<>(preset.byTenant());
        byTenant.putAll(asked.byTenant());
        return byTenant;
    }

    private static Set<String> serviceKeys(SurgePlan plan) {
        Set<String> keys = new LinkedHashSet<>();
        plan.computed().forEach(t -> t.services().forEach(s -> keys.add(t.tenant() + "/" + s.service())));
        return keys;
    }
}
