package org.vigie.onboarding.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigie.security.Caller;
import org.vigie.tenant.Tenant;

/**
 * What the wizard asks of the onboarding engine, in the wizard's words: a plan (or the pre-flight
 * refusals, each naming its field), the apply with its step journal, rollback, resume, the recent runs,
 * suspension and offboarding. {@link EngineFlow} answers it with the engine of {@code org.vigie.onboarding}.
 */
interface OnboardingFlow {

    /** Plans the tenant's creation or contract change; refused plans create nothing. */
    Planned plan(Caller caller, Tenant tenant);

    /** Applies a planned run; returns when it is applied or has failed (see {@link #run}). */
    void apply(Caller caller, String runId, String reason);

    /** Deletes exactly the objects this run created. */
    void rollback(Caller caller, String runId, String reason);

    /** Goes on from the failed step, after its cause is fixed. */
    void resume(Caller caller, String runId, String reason);

    Optional<Run> run(String runId);

    /** The latest runs, newest first, including those a restart left half-way. */
    List<Run> recent();

    void suspend(Caller caller, String tenant, String reason);

    void offboard(Caller caller, String tenant, String typedName, String reason);

    /** The tenant file of a catalogue tenant, as it would be written to {@code tenants/}. */
    Optional<String> tenantFile(String tenant);

    /** A plan, or why it is refused. */
    record Planned(String runId, List<PlanLine> objects, List<Refusal> refusals) {

        boolean refused() {
            return !refusals.isEmpty();
        }
    }

    enum Action {
        CREATE, UPDATE, UNCHANGED
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
        PENDING, APPLIED, UNCHANGED, FAILED, ROLLED_BACK
    }

    record Step(int order, String kind, String name, Outcome outcome, String detail) {
    }

    record Run(String id, String tenant, String actor, Instant startedAt, State state, List<Step> steps,
            String failure) {

        Optional<Step> failedStep() {
            return steps.stream().filter(s -> s.outcome() == Outcome.FAILED).findFirst();
        }
    }
}
