package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import java.util.List;
import java.util.Optional;
import org.vigie.security.Caller;
import tools.jackson.databind.JsonNode;

/**
 * Stands where no onboarding engine is deployed: the form and its suggestions work, every plan is
 * refused with one plain sentence, and no run is ever listed.
 */
final class EngineMissing implements OnboardingFlow {

    static String text() {
        return inPage("onboarding.ui.engineMissing");
    }

    @Override
    public Planned plan(Caller caller, JsonNode document, boolean change, String reason) {
        return refused();
    }

    @Override
    public Planned planSuspension(Caller caller, String tenant, String reason) {
        return refused();
    }

    @Override
    public Planned planOffboarding(Caller caller, String tenant, String typedName, String reason) {
        return refused();
    }

    private static Planned refused() {
        return new Planned(null, null, List.of(), List.of(new Refusal("", text())));
    }

    @Override
    public void apply(Caller caller, String runId) {
        throw new IllegalStateException(text());
    }

    @Override
    public void rollback(Caller caller, String runId) {
        throw new IllegalStateException(text());
    }

    @Override
    public Optional<Run> run(String runId) {
        return Optional.empty();
    }

    @Override
    public List<Run> recent() {
        return List.of();
    }

    @Override
    public Optional<String> tenantFile(String runId) {
        return Optional.empty();
    }
}
