package org.vigie.surge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.vigie.surge.SurgePlan.State;

/**
 * Level-triggered: at start-up and at every tick, each live plan is compared with the clock, not
 * with the instants it was waiting for. A plan whose window holds is applied; a plan whose window
 * has ended is reverted (or marked expired if it never ran); a run left halfway by a console that
 * stopped is resumed once its claim has lapsed. A console that was down at a window's start or end
 * therefore catches up when it comes back.
 */
@Component
class SurgeScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SurgeScheduler.class);

    private final SurgeRepository repository;
    private final SurgeExecutor executor;
    private final SurgeProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService ticker;

    SurgeScheduler(SurgeRepository repository, SurgeExecutor executor, SurgeProperties properties, Clock clock) {
        this.repository = repository;
        this.executor = executor;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("surge-scheduler").daemon()
                    .factory());
            ticker.scheduleWithFixedDelay(this::tick, 0, properties.tick().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    private void tick() {
        try {
            reconcile(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Surge plans not reconciled this tick: {}", e.getMessage());
        }
    }

    /** Brings every live plan to what the clock says it should be at {@code now}. */
    void reconcile(Instant now) {
        for (SurgePlan plan : repository.live()) {
            try {
                reconcile(plan, now);
            } catch (RuntimeException e) {
                log.warn("Surge plan {} ({}) not reconciled: {}", plan.name(), plan.id(), e.getMessage());
            }
        }
    }

    private void reconcile(SurgePlan plan, Instant now) {
        SurgeWindow window = plan.window();
        switch (plan.state()) {
            case PLANNED -> {
                if (window.endedAt(now)) {
                    repository.expire(plan.id());
                } else if (window.holdsAt(now) && executor.claim(plan, List.of(State.PLANNED), State.APPLYING)) {
                    repository.applyingBy(plan.id(), plan.createdBy());
                    executor.runApply(plan, SurgeExecutor.actingFor(plan.createdBy()));
                }
            }
            case APPLYING -> {
                if (executor.claim(plan, List.of(), State.APPLYING)) {
                    executor.runApply(plan, SurgeExecutor.actingFor(actor(plan)));
                }
            }
            case APPLIED -> {
                if (window.endedAt(now) && executor.claim(plan, List.of(State.APPLIED), State.REVERTING)) {
                    executor.runRevert(plan, SurgeExecutor.actingFor(actor(plan)));
                }
            }
            case REVERTING -> {
                if (executor.claim(plan, List.of(), State.REVERTING)) {
                    executor.runRevert(plan, SurgeExecutor.actingFor(actor(plan)));
                }
            }
            default -> {
            }
        }
    }

    private static String actor(SurgePlan plan) {
        return plan.appliedBy() != null ? plan.appliedBy() : plan.createdBy();
    }
}
