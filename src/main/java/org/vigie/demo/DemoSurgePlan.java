package org.vigie.demo;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.HealthEvaluator;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.security.AccessScope;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.surge.LoadProfile;
import org.vigie.surge.SurgeDraft;
import org.vigie.surge.SurgePlan;
import org.vigie.surge.SurgePlans;
import org.vigie.surge.SurgeRefused;
import org.vigie.tenant.Tenant;

/**
 * With {@code vigie.demo.surge-factor} above 1, the plan that absorbs the replayed surge, computed once the
 * demo fleet has settled, by the same arithmetic as any plan. The simulator plays weekday peak × the share of
 * the hour × the factor; a plan "until reverted" is sized for weekday peak × 1 × its multiplier, so a
 * multiplier just above factor ÷ {@link HealthEvaluator#NEARLY} leaves every covered tenant under the line
 * where the board turns amber, at any hour. Saved once: a plan of that name already there (a restart on the
 * same database, another console) is kept, not copied.
 */
final class DemoSurgePlan {

    static final Caller DEMO = new Caller("demo", Set.of(Role.OPERATOR), AccessScope.EVERYWHERE);
    private static final Logger log = LoggerFactory.getLogger(DemoSurgePlan.class);
    private static final Duration SETTLE_AT_MOST = Duration.ofMinutes(3);
    private static final int STEADY_CHECKS = 3;

    private final SurgePlans plans;
    private final FleetSnapshotPublisher fleet;
    private final DemoProperties properties;
    private final CompletableFuture<Optional<SurgePlan>> atStartUp = new CompletableFuture<>();

    DemoSurgePlan(SurgePlans plans, FleetSnapshotPublisher fleet, DemoProperties properties) {
        this.plans = plans;
        this.fleet = fleet;
        this.properties = properties;
    }

    static String name(double factor) {
        DecimalFormat french = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return "Démo : fermeture des écoles ×" + french.format(factor);
    }

    /** The smallest multiplier, in hundredths, strictly above factor ÷ NEARLY (within the allowed range). */
    static double multiplier(double factor) {
        return Math.min(LoadProfile.MAX, (Math.floor(factor / HealthEvaluator.NEARLY * 100) + 1) / 100);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (properties.surgeFactor() > 1) {
            Thread.ofPlatform().name("demo-surge-plan").daemon().start(this::createWhenSettled);
        }
    }

    private void createWhenSettled() {
        try {
            long deadline = System.nanoTime() + SETTLE_AT_MOST.toNanos();
            int steady = 0;
            while (steady < STEADY_CHECKS && System.nanoTime() < deadline) {
                steady = settled(fleet.current()) ? steady + 1 : 0;
                Thread.sleep(properties.tick().toMillis());
            }
            atStartUp.complete(ensure());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            atStartUp.completeExceptionally(e);
        } catch (RuntimeException e) {
            log.warn("Demo surge plan not created: {}", e.getMessage());
            atStartUp.completeExceptionally(e);
        }
    }

    /** The plan the start-up found or saved, once it has run (never completes with a factor of 1 or less). */
    CompletableFuture<Optional<SurgePlan>> atStartUp() {
        return atStartUp;
    }

    /** The demo plan: the one saved under its name, or a new one computed against the fleet now. */
    Optional<SurgePlan> ensure() {
        String name = name(properties.surgeFactor());
        Optional<SurgePlan> existing = plans.all().stream().filter(p -> p.name().equals(name)).findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        List<String> tenants = fleet.current().tenants().stream().map(TenantState::tenant)
                .filter(t -> t.lifecycle() == Tenant.Lifecycle.ACTIVE).map(Tenant::name).toList();
        SurgeDraft draft = new SurgeDraft(name, multiplier(properties.surgeFactor()), null, tenants, List.of(), Map.of(),
                Map.of(), null, null, null, null, false);
        try {
            SurgePlan plan = plans.create(DEMO, draft);
            log.info("Demo surge plan « {} » saved: ×{} for {} tenant(s); apply it on /surge", name,
                    plan.profile().multiplier(), tenants.size());
            return Optional.of(plan);
        } catch (SurgeRefused e) {
            log.info("Demo surge plan « {} » not saved: {}", name, e.getMessage());
            return plans.all().stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    /** Every active tenant evaluated, with sessions, each Deployment at its replicas and each HPA followed. */
    static boolean settled(FleetSnapshot snapshot) {
        return snapshot.tenants().stream().filter(t -> t.tenant().lifecycle() == Tenant.Lifecycle.ACTIVE)
                .allMatch(t -> t.status() != Status.GREY && t.sessions() != null && t.services().stream()
                        .allMatch(s -> s.ready() == s.desired()
                                && (s.autoscaler() == null || s.autoscaler().desiredReplicas() == s.desired())));
    }
}
