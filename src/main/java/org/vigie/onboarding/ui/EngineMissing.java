package org.vigie.onboarding.ui;

import java.util.List;
import java.util.Optional;
import org.vigie.security.Caller;
import org.vigie.tenant.Tenant;

/**
 * Stands where no onboarding engine is deployed: the form and its suggestions work, every step that
 * would touch a cluster is refused with one plain sentence, and no run is ever listed.
 */
final class EngineMissing implements OnboardingFlow {

    static final String TEXT = "Le moteur d'intégration n'est pas disponible dans cette version : le formulaire et "
            + "les suggestions fonctionnent, le plan et l'application sont désactivés.";

    @Override
    public Planned plan(Caller caller, Tenant tenant) {
        return new Planned(null, List.of(), List.of(new Refusal("", TEXT)));
    }

    @Override
    public void apply(Caller caller, String runId, String reason) {
        throw new IllegalStateException(TEXT);
    }

    @Override
    public void rollback(Caller caller, String runId, String reason) {
        throw new IllegalStateException(TEXT);
    }

    @Override
    public void resume(Caller caller, String runId, String reason) {
        throw new IllegalStateException(TEXT);
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
    public void suspend(Caller caller, String tenant, String reason) {
        throw new IllegalStateException(TEXT);
    }

    @Override
    public void offboard(Caller caller, String tenant, String typedName, String reason) {
        throw new IllegalStateException(TEXT);
    }

    @Override
    public Optional<String> tenantFile(String tenant) {
        return Optional.empty();
    }
}
