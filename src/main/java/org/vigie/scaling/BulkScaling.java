package org.vigie.scaling;

import org.vigie.platform.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.ServiceState;
import org.vigie.health.TenantState;
import org.vigie.security.Caller;

/**
 * Scales a selection of services (e.g. every sso of one region) to a target or by a factor. Each
 * item goes through {@link ScalingService} on its own: its own checks, audit record and outcome;
 * one item's refusal does not stop the others.
 */
@Service
public class BulkScaling {

    private final FleetSnapshotPublisher fleet;
    private final ScalingService scaling;

    BulkScaling(FleetSnapshotPublisher fleet, ScalingService scaling) {
        this.fleet = fleet;
        this.scaling = scaling;
    }

    /** One planned change: from the replicas seen now to the replicas wanted. */
    public record Item(String tenant, String service, int from, int to, boolean autoscaled) {
    }

    public record ItemResult(Item item, ScaleResult result) {
    }

    /** How to compute each item's new count: a fixed target, or the current count times a factor (rounded up). */
    public record Change(Integer target, Double factor) {

        int apply(int current) {
            return target != null ? target : (int) Math.ceil(current * factor);
        }
    }

    /**
     * The deployed services named {@code service}, in {@code region} (null: every region), of the
     * tenants the caller may act on.
     */
    public List<Item> plan(Caller caller, String region, String service, Change change) {
        List<Item> items = new ArrayList<>();
        for (TenantState tenant : fleet.current().tenants()) {
            if (region != null && !tenant.tenant().region().equals(region)
                    || !caller.mayActOn(tenant.tenant().name(), tenant.tenant().region())) {
                continue;
            }
            tenant.service(service).filter(ServiceState::deployed).ifPresent(s -> {
                int current = s.autoscaler() != null ? s.autoscaler().minReplicas() : s.desired();
                items.add(new Item(tenant.tenant().name(), service, current, change.apply(current), s.autoscaler() != null));
            });
        }
        return items;
    }

    /** Why the scaling service will refuse an item for its bounds, seen before running it. */
    public Optional<Wording> foreseenRefusal(Item item) {
        return fleet.current().tenant(item.tenant()).flatMap(t -> t.service(item.service()))
                .filter(s -> item.to() > s.spec().maxReplicas())
                .map(s -> Wording.of("scaling.aboveMaximum", s.spec().name(), item.to(), s.spec().maxReplicas()));
    }

    /** Runs every item in turn, telling {@code progress} after each; returns every outcome. */
    public List<ItemResult> run(List<Item> items, Caller caller, String reason, String incident,
            Consumer<ItemResult> progress) {
        String batch = UUID.randomUUID().toString();
        List<ItemResult> results = new ArrayList<>();
        for (Item item : items) {
            ScaleResult result = scaling.scale(new ScaleRequest(caller, item.tenant(), item.service(), item.to(),
                    item.autoscaled() ? null : item.from(), reason, incident,
                    "bulk-" + batch + "-" + item.tenant() + "-" + item.service(), null, null));
            ItemResult done = new ItemResult(item, result);
            results.add(done);
            progress.accept(done);
        }
        return results;
    }
}
