package org.vigie.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service account and RBAC charts/vigie renders for each scope and cluster set-up. */
class VigieChartRbacTest {

    static final String SA = "vigie";

    @Test
    void by_default_rbac_is_one_cluster_role_to_watch_and_scale_and_nothing_else() {
        ChartPermissions permissions = ChartPermissions.of(VigieChart.render(), SA, VigieChart.NAMESPACE);

        assertThat(permissions.granted()).map(Object::toString).containsExactlyInAnyOrder(
                "list apps/deployments in *", "watch apps/deployments in *",
                "list core/pods in *", "watch core/pods in *",
                "list core/resourcequotas in *", "watch core/resourcequotas in *",
                "list autoscaling/horizontalpodautoscalers in *", "watch autoscaling/horizontalpodautoscalers in *",
                "get autoscaling/horizontalpodautoscalers in *", "update autoscaling/horizontalpodautoscalers in *",
                "get apps/deployments/scale in *", "update apps/deployments/scale in *");
        assertThat(VigieChart.render().one(ServiceAccount.class).getAutomountServiceAccountToken()).isFalse();
        assertThat(VigieChart.render().one(Deployment.class).getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isTrue();
    }

    @Test
    void namespaced_rbac_scales_only_in_the_namespaces_listed_and_watches_cluster_wide() {
        VigieChart chart = VigieChart.render("namespaced.yaml");
        ChartPermissions permissions = ChartPermissions.of(chart, SA, VigieChart.NAMESPACE);

        assertThat(chart.all(Role.class)).extracting(r -> r.getMetadata().getNamespace())
                .containsExactly("ent-rhone-colleges", "ent-ara-lycees");
        assertThat(permissions.allows("apps", "deployments/scale", "update", "ent-rhone-colleges")).isTrue();
        assertThat(permissions.allows("apps", "deployments/scale", "update", "ent-other")).isFalse();
        assertThat(permissions.allows("autoscaling", "horizontalpodautoscalers", "update", "ent-other")).isFalse();
        assertThat(permissions.allows("apps", "deployments", "watch", null)).isTrue();
        assertThat(chart.one(ClusterRole.class).getRules()).allMatch(r -> r.getVerbs().equals(List.of("list", "watch")));
    }

    @Test
    void onboarding_rules_are_off_by_default_and_labelled_as_not_yet_in_code_when_on() {
        assertThat(VigieChart.render().all(ClusterRole.class)).noneMatch(r -> r.getMetadata().getName().endsWith("-onboarding"));

        ClusterRole onboarding = VigieChart.render("onboarding.yaml").all(ClusterRole.class).stream()
                .filter(r -> r.getMetadata().getName().equals("vigie-onboarding")).findFirst().orElseThrow();
        assertThat(onboarding.getMetadata().getLabels()).containsEntry("vigie.io/rbac", "onboarding-not-yet-in-code");
        assertThat(onboarding.getRules()).anyMatch(r -> r.getResources().contains("namespaces") && r.getVerbs().contains("create"));
    }

    @Test
    void clusters_reached_by_kubeconfig_get_no_rbac_no_token_and_their_kubeconfig_mounted() {
        VigieChart chart = VigieChart.render("remote-clusters.yaml");
        PodSpec pod = chart.one(Deployment.class).getSpec().getTemplate().getSpec();

        assertThat(chart.all(ClusterRole.class)).isEmpty();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getContainers().getFirst().getVolumeMounts()).extracting(m -> m.getMountPath())
                .contains("/etc/vigie/kubeconfig/plaque-lyon", "/etc/vigie/kubeconfig/plaque-paris");
        assertThat(VigieChartTest.config(chart)).contains("vigie.clusters.plaque-lyon.kubeconfig=/etc/vigie/kubeconfig/plaque-lyon/kubeconfig",
                "vigie.clusters.plaque-lyon.context=lyon-prod", "vigie.clusters.plaque-paris.kubeconfig=")
                .doesNotContain("in-cluster", "plaque-paris.context");
    }

    @Test
    void a_release_of_another_name_binds_its_own_service_account() {
        VigieChart chart = VigieChart.renderAs("console");

        assertThat(chart.one(ServiceAccount.class).getMetadata().getName()).isEqualTo("console-vigie");
        assertThat(chart.one(Deployment.class).getSpec().getTemplate().getSpec().getServiceAccountName()).isEqualTo("console-vigie");
        assertThat(ChartPermissions.of(chart, "console-vigie", VigieChart.NAMESPACE).allows("apps", "deployments/scale",
                "update", "ent-a")).isTrue();
    }
}
