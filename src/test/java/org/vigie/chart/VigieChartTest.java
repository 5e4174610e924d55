package org.vigie.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** charts/vigie rendered with several values files: the objects it makes and what they allow. */
class VigieChartTest {


    @Test
    void the_defaults_render_two_replicas_a_service_a_budget_a_policy_and_the_monitoring_objects() {
        VigieChart chart = VigieChart.render();

        assertThat(chart.kinds()).containsExactly("ClusterRole", "ClusterRoleBinding", "ConfigMap", "ConfigMap",
                "ConfigMap", "Deployment", "NetworkPolicy", "PodDisruptionBudget", "PrometheusRule", "Service",
                "ServiceAccount", "ServiceMonitor");
        assertThat(chart.objects()).allMatch(o -> o.getMetadata().getLabels().get("app.kubernetes.io/instance").equals("vigie"));
        assertThat(chart.one(Deployment.class).getSpec().getReplicas()).isEqualTo(2);
        assertThat(chart.one(PodDisruptionBudget.class).getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
    }

    @Test
    void the_pod_meets_restricted_pod_security_with_a_read_only_root_and_a_writable_tmp() {
        PodSpec pod = chart().one(Deployment.class).getSpec().getTemplate().getSpec();
        Container vigie = pod.getContainers().getFirst();

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(vigie.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(vigie.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(vigie.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(vigie.getSecurityContext().getPrivileged()).isNull();
        assertThat(vigie.getVolumeMounts()).anyMatch(m -> m.getMountPath().equals("/tmp") && !Boolean.TRUE.equals(m.getReadOnly()));
        Volume tmp = pod.getVolumes().stream().filter(v -> v.getName().equals("tmp")).findFirst().orElseThrow();
        assertThat(tmp.getEmptyDir()).isNotNull();
        assertThat(vigie.getVolumeMounts()).filteredOn(m -> !m.getMountPath().equals("/tmp"))
                .allMatch(m -> Boolean.TRUE.equals(m.getReadOnly()));
    }

    @Test
    void liveness_is_the_application_alone_and_readiness_the_group_that_waits_for_the_caches() {
        Container vigie = chart().one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(vigie.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(vigie.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(vigie.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
    }

    @Test
    void the_service_keeps_a_client_on_one_replica_for_vaadin() {
        Service service = chart().one(Service.class);

        assertThat(service.getSpec().getSessionAffinity()).isEqualTo("ClientIP");
        assertThat(service.getSpec().getSessionAffinityConfig().getClientIP().getTimeoutSeconds()).isEqualTo(1800);
    }

    @Test
    void the_ingress_is_off_by_default_and_when_on_has_tls_and_cookie_affinity() {
        assertThat(chart().all(Ingress.class)).isEmpty();

        Ingress ingress = VigieChart.render("ingress.yaml").one(Ingress.class);
        assertThat(ingress.getSpec().getRules().getFirst().getHost()).isEqualTo("vigie.hebergeur.example.fr");
        assertThat(ingress.getSpec().getTls().getFirst().getSecretName()).isEqualTo("vigie-tls");
        assertThat(ingress.getMetadata().getAnnotations()).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
    }

    @Test
    void without_the_prometheus_operator_no_service_monitor_rule_or_dashboard_is_rendered() {
        VigieChart chart = VigieChart.render("no-monitoring.yaml");

        assertThat(chart.kinds()).doesNotContain("ServiceMonitor", "PrometheusRule");
        assertThat(chart.all(ConfigMap.class)).noneMatch(c -> c.getMetadata().getName().endsWith("-dashboard"));
    }

    @Test
    void the_prometheus_rule_is_the_rules_file_promtool_checks_and_the_dashboard_is_valid_json() throws Exception {
        VigieChart chart = chart();
        Object rendered = chart.custom("PrometheusRule").orElseThrow().getAdditionalProperties().get("spec");
        Object file = YAMLMapper.builder().build().readValue(Files.readString(VigieChart.CHART.resolve("files/alerts.yaml")), Map.class);
        assertThat(rendered).isEqualTo(file);

        ConfigMap dashboard = chart.all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("vigie-dashboard")).findFirst().orElseThrow();
        assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        var json = JsonMapper.builder().build().readTree(dashboard.getData().get("vigie.json"));
        assertThat(json.get("panels")).extracting(p -> p.get("title").asString()).contains(
                "Fleet status (tenants by colour)", "Tenant colours over time",
                "Scale actions (changes of desired replicas)", "Snapshot latency (fleet snapshot rebuild)");
    }

    @Test
    void the_network_policy_admits_the_ingress_controller_and_prometheus_only() {
        NetworkPolicy policy = chart().one(NetworkPolicy.class);

        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
        assertThat(policy.getSpec().getIngress()).flatExtracting(r -> r.getFrom())
                .extracting(p -> p.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
                .containsExactly("ingress-nginx", "monitoring");
    }

    @Test
    void the_configuration_names_the_database_secret_and_the_audit_key_file_never_a_password() {
        VigieChart chart = chart();
        Container vigie = chart.one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(vigie.getEnv()).filteredOn(e -> e.getName().equals("SPRING_DATASOURCE_PASSWORD"))
                .allMatch(e -> e.getValue() == null && e.getValueFrom().getSecretKeyRef().getName().equals("vigie-database"));
        assertThat(config(chart)).contains("vigie.clusters.local.in-cluster=true",
                "vigie.audit.key-file=/etc/vigie/audit/keys.properties", "vigie.tenants.dir=/etc/vigie/tenants");
    }

    @Test
    void a_metrics_token_reaches_both_vigie_and_the_service_monitor_from_one_secret() {
        VigieChart chart = VigieChart.render("metrics-token.yaml");
        Container vigie = chart.one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(vigie.getEnv()).filteredOn(e -> e.getName().equals("VIGIE_SECURITY_PROMETHEUSTOKEN")).singleElement()
                .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("vigie-metrics"));
        assertThat(chart.custom("ServiceMonitor").orElseThrow().getAdditionalProperties().get("spec").toString())
                .contains("authorization", "vigie-metrics");
    }

    @Test
    void the_chart_passes_helm_lint_strict() {
        LintResult lint = new Helm(VigieChart.CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    private static VigieChart chart() {
        return VigieChart.render();
    }

    static String config(VigieChart chart) {
        return chart.all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals("vigie-config"))
                .findFirst().orElseThrow().getData().get("application.properties");
    }
}
