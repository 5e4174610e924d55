package org.vigie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyOrderTest {

    @Test
    void the_namespace_comes_first_then_quota_and_limits_then_policies_workloads_autoscalers_and_budgets() {
        var tenant = org.vigie.tenant.TenantDocuments.read("loire", tools.jackson.databind.json.JsonMapper.builder()
                .build().readTree(OnboardingDocuments.loire("loire-colleges"))).tenant();
        List<String> kinds = ApplyOrder.sorted(new TenantChart().render(tenant)).stream().map(HasMetadata::getKind)
                .distinct().toList();

        assertThat(kinds).containsExactly("Namespace", "ResourceQuota", "LimitRange", "NetworkPolicy", "Service",
                "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget");
    }
}
