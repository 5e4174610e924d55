package org.vigie.onboarding;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.vigie.onboarding.PlannedObject.Action;
import org.vigie.platform.Sha256;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;
import tools.jackson.databind.JsonNode;

/**
 * Plan then apply: bring a tenant onto its cluster, change its contract, suspend or offboard it.
 * A plan writes nothing to the cluster nor the catalogue; an apply is audited before its first write,
 * journalled step by step, and can be resumed or rolled back. Every method requires ACCOUNT_MANAGER.
 */
@Service
public class Onboardings implements DisposableBean {

    private final Planner planner;
    private final RunStore store;
    private final RunExecution execution;
    private final TenantCatalogue catalogue;
    private final SecurityAudit security;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    Onboardings(Planner planner, RunStore store, RunExecution execution, TenantCatalogue catalogue,
            SecurityAudit security, Clock clock) {
        this.planner = planner;
        this.store = store;
        this.execution = execution;
        this.catalogue = catalogue;
        this.security = security;
        this.clock = clock;
    }

    /** Plans bringing up a new tenant from its {@code vigie/v1 Tenant} document (as parsed JSON or YAML). */
    public OnboardingRun plan(JsonNode document, String reason, Caller caller) {
        require(caller, "planning an onboarding", reason);
        Tenant tenant = planner.validate(document);
        return save(OnboardingKind.ONBOARD, planner.render(tenant, true), document, reason, caller);
    }

    /** Plans changing an existing tenant's contract (quota, service bounds, new service) to this document. */
    public OnboardingRun planChange(JsonNode document, String reason, Caller caller) {
        require(caller, "planning a contract change", reason);
        Tenant tenant = planner.validate(document);
        Tenant current = existing(tenant.name());
        if (!current.cluster().equals(tenant.cluster()) || !current.namespace().equals(tenant.namespace())) {
            throw PreFlight.invalid("spec.namespace", tenant.cluster() + "/" + tenant.namespace(), "the tenant's "
                    + "current cluster and namespace " + current.cluster() + "/" + current.namespace()
                    + " (moving a tenant is not a contract change)");
        }
        return save(OnboardingKind.CHANGE, planner.render(tenant, false), document, reason, caller);
    }

    /** Plans suspending a tenant: its Deployments scaled to 0, its autoscalers deleted, its namespace kept. */
    public OnboardingRun planSuspend(String tenant, String reason, Caller caller) {
        require(caller, "planning a suspension", reason);
        Tenant current = existing(tenant);
        Tenant suspended = new Tenant(current.name(), current.displayName(), current.authority(), current.region(),
                current.academies(), current.counties(), current.cluster(), current.namespace(), current.urls(),
                current.population(), current.capacity(), current.slo(), current.quota(), current.contacts(),
                Tenant.Lifecycle.SUSPENDED, current.services());
        List<HasMetadata> manifests = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        for (var service : current.services()) {
            if (service.autoscaling()) {
                manifests.add(new io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder()
                        .withNewMetadata().withName(service.name()).withNamespace(current.namespace()).endMetadata()
                        .build());
                actions.add(Action.DELETE);
            }
            manifests.add(new DeploymentBuilder().withNewMetadata().withName(service.name())
                    .withNamespace(current.namespace()).endMetadata().withNewSpec().withReplicas(0).endSpec().build());
            actions.add(Action.UPDATE);
        }
        return save(OnboardingKind.SUSPEND, planner.explicit(suspended, manifests, actions),
                TenantDocumentWriter.document(suspended), reason, caller);
    }

    /** Plans offboarding: the namespace deleted, the tenant removed; {@code typedConfirmation} must equal its name. */
    public OnboardingRun planOffboard(String tenant, String typedConfirmation, String reason, Caller caller) {
        require(caller, "planning an offboarding", reason);
        Tenant current = existing(tenant);
        if (!tenant.equals(typedConfirmation)) {
            throw PreFlight.invalid("confirm", typedConfirmation, "the tenant's name, typed exactly: " + tenant);
        }
        HasMetadata namespace = new NamespaceBuilder().withNewMetadata().withName(current.namespace()).endMetadata()
                .build();
        return save(OnboardingKind.OFFBOARD, planner.explicit(current, List.of(namespace), List.of(Action.DELETE)),
                TenantDocumentWriter.document(current), reason, caller);
    }

    /**
     * Starts (or resumes after a failure or a restart) applying a run in the background; returns it
     * APPLYING. A READY run is returned as it is. Of two concurrent calls, one proceeds, the other is a conflict.
     */
    public OnboardingRun apply(UUID id, Caller caller) {
        require(caller, "applying an onboarding");
        OnboardingRun run = run(id);
        if (run.state() == RunState.READY) {
            return run;
        }
        OnboardingRun claimed = execution.claim(run, caller);
        workers.submit(() -> execution.apply(claimed));
        return claimed;
    }

    /** Deletes exactly the objects this run created, newest first; the run ends ROLLED_BACK. */
    public OnboardingRun rollback(UUID id, Caller caller) {
        require(caller, "rolling back an onboarding");
        return execution.rollback(run(id), caller);
    }

    public Optional<OnboardingRun> find(UUID id) {
        return store.find(id);
    }

    /** The latest runs, newest first. */
    public List<OnboardingRun> recent() {
        return store.recent(50);
    }

    /** The tenant of a run as a {@code vigie/v1} YAML file, for {@code tenants/}. */
    public Optional<String> tenantYaml(UUID id) {
        return store.document(id).map(document -> TenantDocumentWriter.yaml(TenantDocumentWriter.parse(document)));
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    private OnboardingRun save(OnboardingKind kind, Planner.Draft draft, JsonNode document, String reason,
            Caller caller) {
        String manifests = ClusterObjects.json(draft.manifests());
        OnboardingRun run = new OnboardingRun(UUID.randomUUID(), draft.tenant().name(), draft.tenant().cluster(),
                draft.tenant().namespace(), kind, RunState.PLANNED, draft.objects(), List.of(), null,
                Sha256.hex(kind + "\n" + manifests + "\n" + document), reason, caller.username(), clock.instant(),
                clock.instant(), draft.warnings());
        store.insert(run, document.toString(), manifests);
        return run;
    }

    private Tenant existing(String name) {
        if (name == null || name.isBlank()) {
            throw PreFlight.invalid("tenant", null, "the name of a tenant of the catalogue");
        }
        return catalogue.find(name).orElseThrow(() -> new PlanRefusedException(PlanRefusedException.Flavour.NOT_FOUND,
                List.of(new PlanProblem("tenant", "\"" + name + "\"", "a tenant of the catalogue"))));
    }

    OnboardingRun run(UUID id) {
        return store.find(id).orElseThrow(() -> new PlanRefusedException(PlanRefusedException.Flavour.NOT_FOUND,
                List.of(new PlanProblem("id", id.toString(), "the id of a planned run"))));
    }

    private void require(Caller caller, String attempted, String reason) {
        require(caller, attempted);
        PreFlight.reason(reason);
    }

    private void require(Caller caller, String attempted) {
        security.requireRole(caller, Role.ACCOUNT_MANAGER, attempted,
                "onboarding is for account managers; your roles: " + caller.roles());
    }

}
