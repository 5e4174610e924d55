package org.vigie.onboarding;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.vigie.cluster.ClusterConnections;
import org.vigie.onboarding.PlannedObject.Action;
import org.vigie.tenant.CatalogueProblem;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.tenant.TenantDocuments;
import tools.jackson.databind.JsonNode;

/** Turns a tenant document into the objects to write and what each write would change; writes nothing. */
@Component
class Planner {

    private final TenantChart chart;
    private final TenantCatalogue catalogue;
    private final ClusterConnections clusters;

    Planner(TenantChart chart, TenantCatalogue catalogue, ClusterConnections clusters) {
        this.chart = chart;
        this.catalogue = catalogue;
        this.clusters = clusters;
    }

    /** What a plan holds before it is stored: the tenant, the objects with their actions, and warnings. */
    record Draft(Tenant tenant, List<HasMetadata> manifests, List<PlannedObject> objects, List<String> warnings) {
    }

    Tenant validate(JsonNode document) {
        TenantDocuments.Result result = TenantDocuments.read("document", document);
        if (result.tenant() == null) {
            throw new PlanRefusedException(PlanRefusedException.Flavour.INVALID, result.problems().stream()
                    .map(Planner::problem).toList());
        }
        return result.tenant();
    }

    Draft render(Tenant tenant, boolean isNew) {
        List<Tenant> others = catalogue.all().stream().filter(t -> !t.name().equals(tenant.name())).toList();
        if (isNew && catalogue.find(tenant.name()).isPresent()) {
            throw PreFlight.conflict("metadata.name", tenant.name(), "a name no other tenant uses");
        }
        others.stream().filter(t -> t.cluster().equals(tenant.cluster()) && t.namespace().equals(tenant.namespace()))
                .findFirst().ifPresent(owner -> {
                    throw PreFlight.conflict("spec.namespace", tenant.namespace(), "a namespace not used in cluster "
                            + tenant.cluster() + " (tenant " + owner.name() + " uses it)");
                });
        KubernetesClient client = client(tenant.cluster());
        PreFlight.servicesFitQuota(tenant);
        List<HasMetadata> manifests;
        try {
            manifests = ApplyOrder.sorted(chart.render(tenant));
        } catch (ChartRefusedException e) {
            throw PreFlight.invalid("spec", null, e.getMessage());
        }
        return reading(tenant.cluster(), () -> {
            PreFlight.namespaceFree(client, tenant, isNew);
            List<String> warnings = PreFlight.clusterCapacity(client, tenant,
                    others.stream().filter(t -> t.cluster().equals(tenant.cluster())).toList());
            return new Draft(tenant, manifests, diff(client, manifests), warnings);
        });
    }

    /** Objects that the run deletes (offboarding, suspension of autoscalers) or patches as given. */
    Draft explicit(Tenant tenant, List<HasMetadata> manifests, List<Action> actions) {
        KubernetesClient client = client(tenant.cluster());
        return reading(tenant.cluster(), () -> {
            List<PlannedObject> objects = new ArrayList<>();
            for (int i = 0; i < manifests.size(); i++) {
                HasMetadata wanted = manifests.get(i);
                HasMetadata existing = ClusterObjects.existing(client, wanted);
                Action action = actions.get(i);
                List<FieldChange> changes = action == Action.UPDATE && existing != null
                        ? ObjectDiff.changes(ClusterObjects.tree(wanted), ClusterObjects.tree(existing)) : List.of();
                objects.add(new PlannedObject(wanted.getKind(), wanted.getMetadata().getName(),
                        existing == null ? Action.UNCHANGED : action == Action.UPDATE && changes.isEmpty()
                                ? Action.UNCHANGED : action, changes));
            }
            return new Draft(tenant, manifests, objects, List.of());
        });
    }

    KubernetesClient client(String cluster) {
        return clusters.client(cluster).orElseThrow(() -> PreFlight.invalid("spec.cluster", cluster,
                "a cluster Vigie knows: " + String.join(", ", clusters.names())));
    }

    private static List<PlannedObject> diff(KubernetesClient client, List<HasMetadata> manifests) {
        List<PlannedObject> objects = new ArrayList<>();
        for (HasMetadata wanted : manifests) {
            HasMetadata existing = ClusterObjects.existing(client, wanted);
            List<FieldChange> changes = existing == null ? List.of()
                    : ObjectDiff.changes(ClusterObjects.tree(wanted), ClusterObjects.tree(existing));
            Action action = existing == null ? Action.CREATE : changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
            objects.add(new PlannedObject(wanted.getKind(), wanted.getMetadata().getName(), action, changes));
        }
        return objects;
    }

    private static <T> T reading(String cluster, Supplier<T> read) {
        try {
            return read.get();
        } catch (KubernetesClientException e) {
            throw PreFlight.invalid("spec.cluster", cluster, "a cluster that answers; its API server said: "
                    + (e.getCode() > 0 ? "HTTP " + e.getCode() : "no answer"));
        }
    }

    private static PlanProblem problem(CatalogueProblem p) {
        return new PlanProblem(p.field().isEmpty() ? "document" : p.field(), p.value(), p.allowed());
    }
}
