package org.vigie.onboarding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.vigie.security.Caller;
import tools.jackson.databind.JsonNode;

/**
 * Plan then apply: bring a tenant onto its cluster, change its contract, suspend or offboard it.
 * A plan writes nothing to the cluster nor the catalogue; an apply is audited before its first write,
 * journalled step by step, and can be resumed or rolled back. Every method requires ACCOUNT_MANAGER.
 */
@Service
public class Onboardings {

    /** Plans bringing up a new tenant from its {@code vigie/v1 Tenant} document (as parsed JSON or YAML). */
    public OnboardingRun plan(JsonNode document, String reason, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Plans changing an existing tenant's contract (quota, service bounds, new service) to this document. */
    public OnboardingRun planChange(JsonNode document, String reason, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Plans suspending a tenant: its Deployments scaled to 0 (autoscalers removed), its namespace kept. */
    public OnboardingRun planSuspend(String tenant, String reason, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Plans offboarding: the namespace deleted, the tenant removed; {@code typedConfirmation} must equal its name. */
    public OnboardingRun planOffboard(String tenant, String typedConfirmation, String reason, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Starts (or resumes after a failure) applying a planned run in the background; returns it APPLYING. */
    public OnboardingRun apply(UUID id, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Deletes exactly the objects this run created, newest first; the run ends ROLLED_BACK. */
    public OnboardingRun rollback(UUID id, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<OnboardingRun> find(UUID id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The latest runs, newest first. */
    public List<OnboardingRun> recent() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The tenant of a run as a {@code vigie/v1} YAML file, for {@code tenants/}. */
    public Optional<String> tenantYaml(UUID id) {
        throw new UnsupportedOperationException("not yet");
    }
}
