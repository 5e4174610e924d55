package org.vigie.onboarding;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Comparator;
import java.util.List;

/**
 * The order objects are written in: the namespace, what bounds it (quota, limits), its network
 * policies, then services and deployments, and last what refers to them (autoscalers, budgets).
 * Helm renders by template file name, which is not this order.
 */
final class ApplyOrder {

    private static final List<String> KINDS = List.of("Namespace", "ResourceQuota", "LimitRange", "NetworkPolicy",
            "Service", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget");

    private ApplyOrder() {
    }

    static List<HasMetadata> sorted(List<HasMetadata> objects) {
        return objects.stream().sorted(Comparator.comparingInt(ApplyOrder::rank)).toList();
    }

    private static int rank(HasMetadata object) {
        int rank = KINDS.indexOf(object.getKind());
        return rank < 0 ? KINDS.size() : rank;
    }
}
