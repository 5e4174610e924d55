package org.vigie.onboarding;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vigie.cluster.TenantLabels;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;

/**
 * The checks a plan must pass before anything is written: the namespace is not another tenant's,
 * the contract quota fits what the cluster can still give, each service at its maximum fits the quota.
 */
final class PreFlight {

    private PreFlight() {
    }

    /**
     * 409 when the namespace exists and is labelled for another tenant, or, for a new tenant, carries
     * no tenant label at all: an account manager never takes over a namespace of no tenant.
     */
    static void namespaceFree(KubernetesClient client, Tenant tenant, boolean isNew) {
        Namespace namespace = client.namespaces().withName(tenant.namespace()).get();
        String owner = namespace == null || namespace.getMetadata().getLabels() == null ? null
                : namespace.getMetadata().getLabels().get(TenantLabels.TENANT);
        if (isNew && namespace != null && owner == null) {
            throw conflict("spec.namespace", tenant.namespace(), "a namespace that does not exist yet in cluster "
                    + tenant.cluster() + ", or one labelled " + TenantLabels.TENANT + "=" + tenant.name()
                    + " for this tenant (it exists and belongs to no tenant)");
        }
        if (owner != null && !owner.equals(tenant.name())) {
            throw conflict("spec.namespace", tenant.namespace(), "a namespace not used by another tenant in cluster "
                    + tenant.cluster() + " (the namespace is labelled for tenant " + owner + ")");
        }
    }

    /** Per service: maxReplicas × requests within the quota; returns nothing, throws 422 naming each service. */
    static void servicesFitQuota(Tenant tenant) {
        List<PlanProblem> problems = new ArrayList<>();
        for (int i = 0; i < tenant.services().size(); i++) {
            ServiceSpec service = tenant.services().get(i);
            String path = "spec.services[" + i + "]";
            fit(problems, path + ".requests.cpu", service, service.cpuRequest(), tenant.quota().cpu(), "quota.cpu");
            fit(problems, path + ".requests.memory", service, service.memoryRequest(), tenant.quota().memory(),
                    "quota.memory");
            if (service.maxReplicas() > tenant.quota().pods()) {
                problems.add(new PlanProblem(path + ".maxReplicas", String.valueOf(service.maxReplicas()),
                        "at most spec.quota.pods (" + tenant.quota().pods() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanRefusedException(PlanRefusedException.Flavour.INVALID, problems);
        }
    }

    private static void fit(List<PlanProblem> problems, String path, ServiceSpec service, String request, String quota,
            String quotaField) {
        BigDecimal needed = amount(request).multiply(BigDecimal.valueOf(service.maxReplicas()));
        if (needed.compareTo(amount(quota)) > 0) {
            problems.add(new PlanProblem(path, request, "a request that fits spec." + quotaField + " (" + quota
                    + ") at maxReplicas " + service.maxReplicas() + " (" + service.name() + " would need "
                    + needed.stripTrailingZeros().toPlainString() + ")"));
        }
    }

    /**
     * The cluster's allocatable capacity against the quotas of its tenants plus this one. No node
     * listed (a managed control plane hiding them, the embedded API server): not checked, said in a warning.
     */
    static List<String> clusterCapacity(KubernetesClient client, Tenant tenant, List<Tenant> others) {
        List<Node> nodes = client.nodes().list().getItems();
        if (nodes.isEmpty()) {
            return List.of("cluster " + tenant.cluster() + " lists no nodes: its capacity could not be checked "
                    + "against the quota");
        }
        List<PlanProblem> problems = new ArrayList<>();
        capacity(problems, "spec.quota.cpu", tenant.quota().cpu(), nodes, "cpu", others, t -> t.quota().cpu());
        capacity(problems, "spec.quota.memory", tenant.quota().memory(), nodes, "memory", others,
                t -> t.quota().memory());
        if (!problems.isEmpty()) {
            throw new PlanRefusedException(PlanRefusedException.Flavour.INVALID, problems);
        }
        return List.of();
    }

    private static void capacity(List<PlanProblem> problems, String field, String quota, List<Node> nodes,
            String resource, List<Tenant> others, Function<Tenant, String> quotaOf) {
        BigDecimal allocatable = nodes.stream()
                .map(n -> n.getStatus() == null || n.getStatus().getAllocatable() == null ? null
                        : n.getStatus().getAllocatable().get(resource))
                .filter(q -> q != null).map(Quantity::getNumericalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal promised = others.stream().map(t -> amount(quotaOf.apply(t))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal free = allocatable.subtract(promised);
        if (amount(quota).compareTo(free) > 0) {
            problems.add(new PlanProblem(field, quota, "at most what the cluster can still give: "
                    + plain(free.max(BigDecimal.ZERO)) + " (allocatable " + plain(allocatable) + " minus "
                    + plain(promised) + " promised to " + others.size() + " other tenant(s))"));
        }
    }

    static BigDecimal amount(String quantity) {
        return new Quantity(quantity).getNumericalAmount();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static PlanRefusedException conflict(String field, String value, String allowed) {
        return new PlanRefusedException(PlanRefusedException.Flavour.CONFLICT,
                List.of(new PlanProblem(field, "\"" + value + "\"", allowed)));
    }

    /** A reason people type: one line, at most 500 characters, or none. */
    static void reason(String reason) {
        if (reason != null && (reason.length() > 500 || reason.chars().anyMatch(Character::isISOControl))) {
            throw invalid("reason", reason.length() > 60 ? reason.substring(0, 60) + "…" : reason,
                    "a single line of at most 500 characters, without control characters");
        }
    }

    static PlanRefusedException invalid(String field, String value, String allowed) {
        return new PlanRefusedException(PlanRefusedException.Flavour.INVALID,
                List.of(new PlanProblem(field, value == null ? null : "\"" + value + "\"", allowed)));
    }
}
