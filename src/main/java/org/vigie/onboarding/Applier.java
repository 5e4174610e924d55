package org.vigie.onboarding;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vigie.onboarding.PlannedObject.Action;
import org.vigie.onboarding.StepOutcome.Status;

/**
 * Writes a run's objects in plan order, journalling each step before and after its write, and
 * deletes them again on rollback: only an object carrying this run's annotation, which only the
 * creating write sets, is ever deleted.
 */
@Component
class Applier {

    private final RunStore store;
    private final Clock clock;
    /** Called before each write with the step (from 1): lets a test make the API refuse step k. */
    volatile BiConsumer<Integer, HasMetadata> beforeWrite = (step, object) -> { };

    Applier(RunStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Applies every step not yet done; returns the failure, or null when every step is done. */
    RunFailure apply(OnboardingRun run, KubernetesClient client) {
        List<HasMetadata> manifests = ClusterObjects.objects(store.manifests(run.id()));
        Map<Integer, StepOutcome> journal = journal(run);
        for (int i = 0; i < manifests.size(); i++) {
            int step = i + 1;
            HasMetadata wanted = manifests.get(i);
            Action action = run.objects().get(i).action();
            StepOutcome previous = journal.get(step);
            if (previous != null && previous.status() == Status.DONE) {
                continue;
            }
            record(run, step, wanted, action, Status.STARTED, false, null);
            try {
                beforeWrite.accept(step, wanted);
                boolean created = write(client, wanted, action, run.id());
                record(run, step, wanted, action, Status.DONE, created, created ? "created" : null);
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                record(run, step, wanted, action, Status.FAILED, false, reason);
                return new RunFailure(step, wanted.getKind(), wanted.getMetadata().getName(), reason);
            }
        }
        return null;
    }

    private static boolean write(KubernetesClient client, HasMetadata wanted, Action action, UUID run) {
        HasMetadata existing = ClusterObjects.existing(client, wanted);
        if (action == Action.DELETE) {
            if (existing != null) {
                ClusterObjects.delete(client, existing);
            }
            return false;
        }
        if (existing == null) {
            ClusterObjects.create(client, wanted, run.toString());
            return true;
        }
        if (!ObjectDiff.changes(ClusterObjects.tree(wanted), ClusterObjects.tree(existing)).isEmpty()) {
            ClusterObjects.patch(client, wanted);
        }
        return false;
    }

    /** Deletes, newest first, the journalled objects this run created; returns the failure or null. */
    RunFailure rollback(OnboardingRun run, KubernetesClient client) {
        List<HasMetadata> manifests = ClusterObjects.objects(store.manifests(run.id()));
        for (StepOutcome step : run.steps().reversed()) {
            if (step.status() == Status.ROLLED_BACK) {
                continue;
            }
            HasMetadata object = manifests.get(step.step() - 1);
            try {
                HasMetadata existing = ClusterObjects.existing(client, object);
                boolean ours = existing != null && run.id().toString().equals(ClusterObjects.runOf(existing));
                if (ours) {
                    ClusterObjects.delete(client, existing);
                }
                store.step(run.id(), new StepOutcome(step.step(), step.kind(), step.name(), step.action(),
                        Status.ROLLED_BACK, step.created(), ours ? "deleted" : "left as found", clock.instant()));
            } catch (RuntimeException e) {
                return new RunFailure(step.step(), step.kind(), step.name(), "rollback: " + e.getMessage());
            }
        }
        return null;
    }

    private void record(OnboardingRun run, int step, HasMetadata object, Action action, Status status,
            boolean created, String detail) {
        store.step(run.id(), new StepOutcome(step, object.getKind(), object.getMetadata().getName(), action, status,
                created, detail, clock.instant()));
    }

    private static Map<Integer, StepOutcome> journal(OnboardingRun run) {
        return run.steps().stream().collect(Collectors.toMap(StepOutcome::step, Function.identity()));
    }
}
