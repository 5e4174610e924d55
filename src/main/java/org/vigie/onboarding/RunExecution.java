package org.vigie.onboarding;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditLog;
import org.vigie.security.Caller;

/**
 * A run's life after its plan: claimed by one caller, audited before its first write, applied,
 * then READY (the catalogue updated) or FAILED (step and reason kept); rolled back on request.
 */
@Component
class RunExecution {

    private static final Logger log = LoggerFactory.getLogger(RunExecution.class);

    /** This console: a run APPLYING under another worker id and not moving was left by a stopped console. */
    private final UUID worker = UUID.randomUUID();
    private final RunStore store;
    private final Applier applier;
    private final Planner planner;
    private final AuditLog audit;
    private final CatalogueUpdate catalogue;

    RunExecution(RunStore store, Applier applier, Planner planner, AuditLog audit, CatalogueUpdate catalogue) {
        this.store = store;
        this.applier = applier;
        this.planner = planner;
        this.audit = audit;
        this.catalogue = catalogue;
    }

    /** Audits then claims the run: exactly one concurrent caller gets it, the others a conflict. */
    OnboardingRun claim(OnboardingRun run, Caller caller) {
        if (!store.claim(run.id(), worker)) {
            throw conflict(run.id(), "a run that is PLANNED or FAILED (it is " + store.find(run.id())
                    .map(OnboardingRun::state).orElse(run.state()) + "; another apply is running, here or on another "
                    + "console; a run left APPLYING by a stopped console can be taken over after "
                    + RunStore.ABANDONED_AFTER.toMinutes() + " minutes without progress)");
        }
        try {
            record(caller.username(), "onboarding.apply", run, Outcome.REQUESTED, "run " + run.id() + " ("
                    + run.kind() + ") plan " + run.planHash());
        } catch (RuntimeException e) {
            store.transition(run.id(), List.of(RunState.APPLYING), run.state(), run.failure());
            throw e;
        }
        return store.find(run.id()).orElseThrow();
    }

    void apply(OnboardingRun run) {
        RunFailure failure;
        try {
            failure = applier.apply(run, planner.client(run.cluster()));
            if (failure == null) {
                catalogue.after(run, store.document(run.id()).orElseThrow());
            }
        } catch (RuntimeException e) {
            log.warn("Onboarding run {} stopped", run.id(), e);
            failure = new RunFailure(0, "", "", String.valueOf(e.getMessage()));
        }
        store.transition(run.id(), List.of(RunState.APPLYING), failure == null ? RunState.READY : RunState.FAILED,
                failure);
        record(run.createdBy(), "onboarding.apply", run, failure == null ? Outcome.SUCCEEDED : Outcome.FAILED,
                failure == null ? "run " + run.id() + " ready" : "run " + run.id() + " failed at step "
                        + failure.step() + " (" + failure.kind() + " " + failure.name() + "): " + failure.reason());
    }

    OnboardingRun rollback(OnboardingRun run, Caller caller) {
        boolean stale = run.state() == RunState.APPLYING && store.claim(run.id(), worker);
        if (!stale && !store.transition(run.id(), List.of(RunState.FAILED, RunState.PLANNED), RunState.APPLYING,
                null)) {
            throw conflict(run.id(), "a run that is PLANNED, FAILED or left APPLYING by a stopped console (it is "
                    + run.state() + ")");
        }
        record(caller.username(), "onboarding.rollback", run, Outcome.REQUESTED, "run " + run.id());
        RunFailure failure = applier.rollback(store.find(run.id()).orElseThrow(), planner.client(run.cluster()));
        store.transition(run.id(), List.of(RunState.APPLYING), failure == null ? RunState.ROLLED_BACK
                : RunState.FAILED, failure);
        record(caller.username(), "onboarding.rollback", run, failure == null ? Outcome.SUCCEEDED : Outcome.FAILED,
                failure == null ? "run " + run.id() + " rolled back" : failure.reason());
        return store.find(run.id()).orElseThrow();
    }

    private void record(String actor, String action, OnboardingRun run, Outcome outcome, String detail) {
        audit.append(new AuditEntry(actor, action, run.tenant(), null, null, null, run.reason(), null, outcome,
                detail, run.id(), null));
    }

    private static PlanRefusedException conflict(UUID id, String allowed) {
        return new PlanRefusedException(PlanRefusedException.Flavour.CONFLICT,
                List.of(new PlanProblem("state", id.toString(), allowed)));
    }
}
