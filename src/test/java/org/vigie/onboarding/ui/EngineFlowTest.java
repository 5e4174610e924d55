package org.vigie.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigie.onboarding.OnboardingKind;
import org.vigie.onboarding.OnboardingRun;
import org.vigie.onboarding.PlannedObject;
import org.vigie.onboarding.RunFailure;
import org.vigie.onboarding.RunState;
import org.vigie.onboarding.StepOutcome;
import org.vigie.onboarding.StepOutcome.Status;
import org.vigie.onboarding.ui.OnboardingFlow.Outcome;
import org.vigie.onboarding.ui.OnboardingFlow.Run;
import org.vigie.onboarding.ui.OnboardingFlow.State;

class EngineFlowTest {

    static final Instant AT = Instant.parse("2026-11-28T19:00:00Z");

    static PlannedObject object(String kind, String name, PlannedObject.Action action) {
        return new PlannedObject(kind, name, action, List.of());
    }

    @Test
    void a_failed_run_shows_each_step_from_its_latest_journal_entry_and_the_failing_step_with_why() {
        List<PlannedObject> objects = List.of(object("Namespace", "ent-loire-colleges", PlannedObject.Action.CREATE),
                object("ResourceQuota", "tenant-quota", PlannedObject.Action.UNCHANGED),
                object("Deployment", "sso", PlannedObject.Action.CREATE),
                object("Deployment", "portal", PlannedObject.Action.CREATE));
        List<StepOutcome> journal = List.of(
                new StepOutcome(1, "Namespace", "ent-loire-colleges", PlannedObject.Action.CREATE, Status.STARTED, false, null, AT),
                new StepOutcome(1, "Namespace", "ent-loire-colleges", PlannedObject.Action.CREATE, Status.DONE, true, null, AT),
                new StepOutcome(2, "ResourceQuota", "tenant-quota", PlannedObject.Action.UNCHANGED, Status.DONE, false, null, AT),
                new StepOutcome(3, "Deployment", "sso", PlannedObject.Action.CREATE, Status.STARTED, false, null, AT));
        OnboardingRun failed = new OnboardingRun(UUID.randomUUID(), "loire-colleges", "plaque-lyon", "ent-loire-colleges",
                OnboardingKind.ONBOARD, RunState.FAILED, objects, journal,
                new RunFailure(3, "Deployment", "sso", "admission webhook refused the image"), "hash", "Intégration",
                "manager", AT, AT, List.of());

        Run run = EngineFlow.run(failed);

        assertThat(run.state()).isEqualTo(State.FAILED);
        assertThat(run.steps()).extracting(OnboardingFlow.Step::outcome)
                .containsExactly(Outcome.APPLIED, Outcome.UNCHANGED, Outcome.FAILED, Outcome.PENDING);
        assertThat(run.failedStep().orElseThrow().detail()).isEqualTo("admission webhook refused the image");
        assertThat(run.failure()).isEqualTo("admission webhook refused the image");
        assertThat(ApplyStep.outcome(run.steps().get(2).outcome())).isEqualTo("échec");
        assertThat(RecentRuns.state(run)).isEqualTo("échec à l'étape 3");
    }
}
