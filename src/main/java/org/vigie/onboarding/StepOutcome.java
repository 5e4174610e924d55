package org.vigie.onboarding;

import java.time.Instant;

/**
 * One step of a run's journal: the object (its place in the plan, from 1), what was done, whether
 * this run created it (only those are rolled back), and how it went.
 */
public record StepOutcome(int step, String kind, String name, PlannedObject.Action action, Status status,
        boolean created, String detail, Instant at) {

    public enum Status {
        STARTED, DONE, FAILED, ROLLED_BACK
    }
}
