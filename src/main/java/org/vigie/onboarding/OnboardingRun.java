package org.vigie.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan and, once applied, its journal. {@code planHash} identifies the exact objects planned; the
 * audit record of the apply names it. {@code document} is the tenant as a {@code vigie/v1} YAML file.
 */
public record OnboardingRun(UUID id, String tenant, String cluster, String namespace, OnboardingKind kind,
        RunState state, List<PlannedObject> objects, List<StepOutcome> steps, RunFailure failure, String planHash,
        String reason, String createdBy, Instant createdAt, Instant updatedAt) {

    public OnboardingRun {
        objects = List.copyOf(objects);
        steps = List.copyOf(steps);
    }
}
