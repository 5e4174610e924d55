package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.vigie.onboarding.OnboardingRun;
import org.vigie.onboarding.Onboardings;
import org.vigie.onboarding.PlanProblem;
import org.vigie.onboarding.PlanRefusedException;
import org.vigie.onboarding.PlannedObject;
import org.vigie.onboarding.StepOutcome;
import org.vigie.security.Caller;
import tools.jackson.databind.JsonNode;

/** The wizard's {@link OnboardingFlow}, answered by the onboarding engine ({@link Onboardings}). */
@Component
class EngineFlow implements OnboardingFlow {

    private final Onboardings engine;

    EngineFlow(Onboardings engine) {
        this.engine = engine;
    }

    @Override
    public Planned plan(Caller caller, JsonNode document, boolean change, String reason) {
        return planned(() -> change ? engine.planChange(document, reason, caller) : engine.plan(document, reason, caller));
    }

    @Override
    public Planned planSuspension(Caller caller, String tenant, String reason) {
        return planned(() -> engine.planSuspend(tenant, reason, caller));
    }

    @Override
    public Planned planOffboarding(Caller caller, String tenant, String typedName, String reason) {
        return planned(() -> engine.planOffboard(tenant, typedName, reason, caller));
    }

    private static Planned planned(Supplier<OnboardingRun> plan) {
        try {
            OnboardingRun run = plan.get();
            return new Planned(run.id().toString(), run.tenant(), run.objects().stream().map(EngineFlow::line).toList(),
                    List.of());
        } catch (PlanRefusedException e) {
            return new Planned(null, null, List.of(), e.problems().stream().map(EngineFlow::refusal).toList());
        }
    }

    private static PlanLine line(PlannedObject object) {
        return new PlanLine(object.kind(), object.name(), Action.valueOf(object.action().name()),
                object.changes().stream().map(c -> new Change(c.path(), c.before(), c.after())).toList());
    }

    private static Refusal refusal(PlanProblem problem) {
        String message = problem.value() == null ? inPage("onboarding.ui.refused", problem.allowed())
                : inPage("onboarding.ui.problem.value", String.valueOf(problem.value()), problem.allowed());
        return new Refusal(problem.field(), message);
    }

    @Override
    public void apply(Caller caller, String runId) {
        engine.apply(UUID.fromString(runId), caller);
    }

    @Override
    public void rollback(Caller caller, String runId) {
        engine.rollback(UUID.fromString(runId), caller);
    }

    @Override
    public Optional<Run> run(String runId) {
        return id(runId).flatMap(engine::find).map(EngineFlow::run);
    }

    @Override
    public List<Run> recent() {
        return engine.recent().stream().map(EngineFlow::run).toList();
    }

    @Override
    public Optional<String> tenantFile(String runId) {
        return id(runId).flatMap(engine::tenantYaml);
    }

    private static Optional<UUID> id(String runId) {
        try {
            return runId == null ? Optional.empty() : Optional.of(UUID.fromString(runId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The planned objects in order, each with the latest entry of the journal for its step. */
    static Run run(OnboardingRun run) {
        Map<Integer, StepOutcome> latest = new HashMap<>();
        run.steps().forEach(step -> latest.put(step.step(), step));
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < run.objects().size(); i++) {
            PlannedObject object = run.objects().get(i);
            StepOutcome entry = latest.get(i + 1);
            boolean failedHere = run.failure() != null && run.failure().step() == i + 1;
            Outcome outcome = failedHere ? Outcome.FAILED : outcome(object, entry);
            steps.add(new Step(i + 1, object.kind(), object.name(), outcome,
                    failedHere ? run.failure().reason() : entry == null ? null : entry.detail()));
        }
        String failure = run.failure() == null ? null : run.failure().reason();
        return new Run(run.id().toString(), run.tenant(), run.createdBy(), run.createdAt(), State.valueOf(run.state().name()),
                steps, failure, run.reason());
    }

    private static Outcome outcome(PlannedObject object, StepOutcome entry) {
        if (entry == null) {
            return Outcome.PENDING;
        }
        return switch (entry.status()) {
            case STARTED -> Outcome.STARTED;
            case DONE -> object.action() == PlannedObject.Action.UNCHANGED ? Outcome.UNCHANGED : Outcome.APPLIED;
            case FAILED -> Outcome.FAILED;
            case ROLLED_BACK -> Outcome.ROLLED_BACK;
        };
    }
}
