package org.vigie.onboarding.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigie.security.Caller;
import tools.jackson.databind.JsonNode;

/**
 * What the wizard asks of the onboarding engine, in the wizard's words: a plan (or the pre-flight
 * refusals, each naming its field), the apply with its step journal, rollback, resume (apply again), the
 * recent runs, suspension and offboarding (both planned, then applied). {@code EngineFlow} answers it with
 * the engine of {@code org.vigie.onboarding}; {@link EngineMissing} where there is none.
 */
interface OnboardingFlow {

    /** Plans the tenant's creation ({@code change} false) or contract change; refused plans create nothing. */
    Planned plan(Caller caller, JsonNode document, boolean change, String reason);

    /** Plans suspending a tenant: its namespace and data kept. */
    Planned planSuspension(Caller caller, String tenant, String reason);

    /** Plans offboarding; {@code typedName} must be the tenant's name. */
    Planned planOffboarding(Caller caller, String tenant, String typedName, String reason);

    /** Applies a planned run, or resumes a failed one from its failed step; runs in the background. */
    void apply(Caller caller, String runId);

    /** Deletes exactly the objects this run created. */
    void rollback(Caller caller, String runId);

    Optional<Run> run(String runId);

    /** The latest runs, newest first, including those a restart left half-way. */
    List<Run> recent();

    /** The tenant file of a run's tenant, as it would be written to {@code tenants/}. */
    Optional<String> tenantFile(String runId);

    /** A plan, or why it is refused. */
    record Planned(String runId, String tenant, List<PlanLine> objects, List<Refusal> refusals) {

        boolean refused() {
            return !refusals.isEmpty();
        }
    }

    enum Action {
        CREATE, UPDATE, UNCHANGED, DELETE
    }

    record PlanLine(String kind, String name, Action action, List<Change> changes) {
    }

    /** One field that changes: its path in the object, its value before and after (null: absent). */
    record Change(String field, String before, String after) {
    }

    /** A pre-flight refusal; {@code field} is the tenant document path it concerns, or empty. */
    record Refusal(String field, String message) {
    }

    enum State {
        PLANNED, APPLYING, READY, FAILED, ROLLED_BACK
    }

    enum Outcome {
        PENDING, STARTED, APPLIED, UNCHANGED, FAILED, ROLLED_BACK
    }

    record Step(int order, String kind, String name, Outcome outcome, String detail) {
    }

    record Run(String id, String tenant, String actor, Instant startedAt, State state, List<Step> steps,
            String failure, String reason) {

        Optional<Step> failedStep() {
            return steps.stream().filter(s -> s.outcome() == Outcome.FAILED).findFirst();
        }
    }
}
