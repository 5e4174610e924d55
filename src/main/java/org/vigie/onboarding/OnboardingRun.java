package org.vigie.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan and, once applied, its journal. {@code planHash} identifies the exact objects planned; the
 * audit record of the apply names it. {@code warnings}: what the plan could not check (e.g. a cluster listing no nodes).
 */
public record OnboardingRun(UUID id, String tenant, String cluster, String namespace, OnboardingKind kind,
        RunState state, List<PlannedObject> objects, List<StepOutcome> steps, RunFailure failure, String planHash,
        String reason, String createdBy, Instant createdAt, Instant updatedAt, List<String> warnings) {

    public OnboardingRun {
        objects = List.copyOf(objects);
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }
}
