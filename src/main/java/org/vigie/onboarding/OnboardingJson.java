package org.vigie.onboarding;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A run as the REST API shows it: states and actions in lower case ({@code rolled-back}, {@code create}). */
final class OnboardingJson {

    private OnboardingJson() {
    }

    static Map<String, Object> of(OnboardingRun run) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", run.id());
        body.put("tenant", run.tenant());
        body.put("cluster", run.cluster());
        body.put("namespace", run.namespace());
        body.put("kind", lower(run.kind()));
        body.put("state", lower(run.state()));
        body.put("planHash", run.planHash());
        body.put("objects", run.objects().stream().map(o -> Map.of("kind", o.kind(), "name", o.name(),
                "action", lower(o.action()), "changes", o.changes())).toList());
        body.put("steps", run.steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", s.step());
            step.put("kind", s.kind());
            step.put("name", s.name());
            step.put("action", lower(s.action()));
            step.put("outcome", lower(s.status()));
            step.put("created", s.created());
            step.put("detail", s.detail());
            step.put("at", s.at());
            return step;
        }).toList());
        body.put("failure", run.failure());
        body.put("warnings", run.warnings());
        body.put("reason", run.reason());
        body.put("createdBy", run.createdBy());
        body.put("createdAt", run.createdAt());
        body.put("updatedAt", run.updatedAt());
        return body;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
