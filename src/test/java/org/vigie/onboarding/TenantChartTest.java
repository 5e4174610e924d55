package org.vigie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.tenant.SampleTenants;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;

/** The chart rendered for each sample tenant of the repository: the objects a tenant's ENT is made of. */
class TenantChartTest {

    private static final TenantChart CHART = new TenantChart();

    static Stream<Tenant> sampleTenants() {
        List<Tenant> tenants = SampleTenants.all();
        assertThat(tenants).hasSize(14);
        return tenants.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTenants")
    void the_namespace_carries_the_tenant_label_and_enforces_restricted_pod_security(Tenant tenant) {
        Namespace namespace = single(CHART.render(tenant), Namespace.class);

        assertThat(namespace.getMetadata().getName()).isEqualTo(tenant.namespace());
        assertThat(namespace.getMetadata().getLabels())
                .containsEntry("vigie.io/tenant", tenant.name())
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTenants")
    void every_object_is_labelled_with_the_tenant_and_lives_in_its_namespace(Tenant tenant) {
        for (HasMetadata object : CHART.render(tenant)) {
            String what = object.getKind() + " " + object.getMetadata().getName();
            assertThat(object.getMetadata().getLabels()).as(what)
                    .containsEntry("vigie.io/tenant", tenant.name())
                    .containsEntry("app.kubernetes.io/instance", tenant.name())
                    .containsEntry("app.kubernetes.io/managed-by", "vigie");
            if (!(object instanceof Namespace)) {
                assertThat(object.getMetadata().getNamespace()).as(what).isEqualTo(tenant.namespace());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTenants")
    void the_resource_quota_is_the_contract_quota(Tenant tenant) {
        ResourceQuota quota = single(CHART.render(tenant), ResourceQuota.class);

        assertThat(quota.getSpec().getHard()).hasSize(3);
        assertThat(quota.getSpec().getHard().get("requests.cpu")).hasToString(tenant.quota().cpu());
        assertThat(quota.getSpec().getHard().get("requests.memory")).hasToString(tenant.quota().memory());
        assertThat(quota.getSpec().getHard().get("pods")).hasToString(String.valueOf(tenant.quota().pods()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTenants")
    void each_service_is_one_deployment_named_after_it_with_its_requests_labels_and_minimum_replicas(Tenant tenant) {
        List<Deployment> deployments = all(CHART.render(tenant), Deployment.class);

        assertThat(deployments).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(tenant.services().stream().map(ServiceSpec::name).toList());
        for (ServiceSpec service : tenant.services()) {
            Deployment deployment = named(deployments, service.name());
            Map<String, String> vigieLabels = Map.of("vigie.io/tenant", tenant.name(), "vigie.io/service", service.name());
            assertThat(deployment.getMetadata().getLabels()).containsAllEntriesOf(vigieLabels)
                    .containsEntry("app.kubernetes.io/name", "ent")
                    .containsEntry("app.kubernetes.io/component", service.name());
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(vigieLabels);
            assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(vigieLabels);
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(service.minReplicas());
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertThat(container.getResources().getRequests().get("cpu")).hasToString(service.cpuRequest());
            assertThat(container.getResources().getRequests().get("memory")).hasToString(service.memoryRequest());
            assertThat(container.getImage()).isEqualTo("registry.example.fr/ent/ent-" + service.name() + ":2026.11");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/healthz/ready");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/healthz/live");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTenants")
    void each_service_has_a_service_object_selecting_its_pods(Tenant tenant) {
        List<Service> services = all(CHART.render(tenant), Service.class);

        assertThat(services).hasSameSizeAs(tenant.services());
        for (ServiceSpec spec : tenant.services()) {
            assertThat(named(services, spec.name()).getSpec().getSelector())
                    .isEqualTo(Map.of("vigie.io/tenant", tenant.name(), "vigie.io/service", spec.name()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTenants")
    void only_autoscaled_services_get_an_autoscaler_bounded_by_their_replica_bounds(Tenant tenant) {
        List<HorizontalPodAutoscaler> autoscalers = all(CHART.render(tenant), HorizontalPodAutoscaler.class);

        List<ServiceSpec> autoscaled = tenant.services().stream().filter(ServiceSpec::autoscaling).toList();
        assertThat(autoscalers).extracting(h -> h.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(autoscaled.stream().map(ServiceSpec::name).toList());
        for (ServiceSpec service : autoscaled) {
            HorizontalPodAutoscaler autoscaler = named(autoscalers, service.name());
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(service.name());
            assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(Math.max(1, service.minReplicas()));
            assertThat(autoscaler.getSpec().getMaxReplicas()).isEqualTo(service.maxReplicas());
            assertThat(autoscaler.getMetadata().getLabels()).containsEntry("vigie.io/service", service.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTenants")
    void only_critical_services_with_more_than_one_replica_get_a_disruption_budget(Tenant tenant) {
        List<PodDisruptionBudget> budgets = all(CHART.render(tenant), PodDisruptionBudget.class);

        assertThat(budgets).extracting(b -> b.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(
                tenant.services().stream()
                        .filter(s -> s.priority() == ServiceSpec.Priority.CRITICAL && s.minReplicas() > 1)
                        .map(ServiceSpec::name).toList());
        for (PodDisruptionBudget budget : budgets) {
            assertThat(budget.getSpec().getSelector().getMatchLabels())
                    .containsEntry("vigie.io/service", budget.getMetadata().getName());
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        }
    }

    @Test
    void a_critical_service_with_one_replica_and_an_essential_one_with_three_get_no_disruption_budget() {
        Tenant tenant = withServices(SampleTenants.named("somme-colleges"), List.of(
                new ServiceSpec("sso", ServiceSpec.Priority.CRITICAL, 1, 4, "500m", "1Gi", false),
                new ServiceSpec("portal", ServiceSpec.Priority.CRITICAL, 2, 4, "1", "2Gi", true),
                new ServiceSpec("binder", ServiceSpec.Priority.ESSENTIAL, 3, 4, "500m", "1Gi", false)));

        assertThat(all(CHART.render(tenant), PodDisruptionBudget.class)).extracting(b -> b.getMetadata().getName())
                .containsExactly("portal");
    }

    @Test
    void an_autoscaled_service_that_may_stop_gets_an_autoscaler_from_one_replica() {
        Tenant tenant = withServices(SampleTenants.named("somme-colleges"), List.of(
                new ServiceSpec("chat", ServiceSpec.Priority.DEFERRABLE, 0, 6, "250m", "512Mi", true)));
        List<HasMetadata> objects = CHART.render(tenant);

        assertThat(single(objects, Deployment.class).getSpec().getReplicas()).isZero();
        assertThat(single(objects, HorizontalPodAutoscaler.class).getSpec().getMinReplicas()).isEqualTo(1);
    }

    @Test
    void lint_fails_and_names_the_key_when_a_tenant_breaks_the_schema() {
        Tenant tenant = withServices(SampleTenants.named("somme-colleges"), List.of(
                new ServiceSpec("2fa", ServiceSpec.Priority.ESSENTIAL, 1, 2, "250m", "512Mi", false)));

        ChartLint lint = CHART.lint(tenant);

        assertThat(lint.passed()).isFalse();
        assertThat(lint.messages()).anyMatch(m -> m.contains("/services/0/name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTenants")
    void every_pod_runs_under_the_restricted_security_context(Tenant tenant) {
        for (Deployment deployment : all(CHART.render(tenant), Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            for (Container container : pod.getContainers()) {
                var security = container.getSecurityContext();
                assertThat(security.getRunAsNonRoot()).isTrue();
                assertThat(security.getAllowPrivilegeEscalation()).isFalse();
                assertThat(security.getReadOnlyRootFilesystem()).isTrue();
                assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
                assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            }
        }
    }

    @Test
    void the_namespace_denies_ingress_by_default_and_admits_only_the_ingress_controller_and_its_own_pods() {
        List<HasMetadata> objects = CHART.render(SampleTenants.named("rhone-colleges"));
        List<NetworkPolicy> policies = all(objects, NetworkPolicy.class);

        NetworkPolicy deny = named(policies, "default-deny-ingress");
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        NetworkPolicy allow = named(policies, "allow-ent-ingress");
        assertThat(allow.getSpec().getIngress()).hasSize(2);
        assertThat(allow.getSpec().getIngress().getFirst().getFrom().getFirst().getNamespaceSelector().getMatchLabels())
                .containsEntry("kubernetes.io/metadata.name", "ingress-nginx");
        assertThat(allow.getSpec().getIngress().get(1).getFrom().getFirst().getPodSelector()).isNotNull();
    }

    @Test
    void a_container_without_requests_gets_the_limit_range_default_requests() {
        LimitRange limits = single(CHART.render(SampleTenants.named("rhone-colleges")), LimitRange.class);

        var item = limits.getSpec().getLimits().getFirst();
        assertThat(item.getType()).isEqualTo("Container");
        assertThat(item.getDefaultRequest().get("cpu")).hasToString("100m");
        assertThat(item.getDefaultRequest().get("memory")).hasToString("128Mi");
        assertThat(item.getDefault()).as("no default limit: it could fall below a service's request").isNullOrEmpty();
    }

    @Test
    void a_tenant_name_longer_than_a_helm_release_name_still_renders() {
        Tenant somme = SampleTenants.named("somme-colleges");
        String name = "c".repeat(63);
        Tenant tenant = new Tenant(name, somme.displayName(), somme.authority(), somme.region(), somme.academies(),
                somme.counties(), somme.cluster(), name, somme.urls(), somme.population(), somme.capacity(), somme.slo(),
                somme.quota(), somme.contacts(), somme.lifecycle(), somme.services());

        assertThat(single(CHART.render(tenant), Namespace.class).getMetadata().getLabels())
                .containsEntry("vigie.io/tenant", name);
        assertThat(CHART.lint(tenant).passed()).isTrue();
    }

    @Test
    void a_display_name_with_quotes_braces_and_accents_is_rendered_verbatim() {
        Tenant somme = SampleTenants.named("somme-colleges");
        String displayName = "ENT \"Somme\": {{ .Values.quota }} — collèges # 80";
        Tenant tenant = new Tenant(somme.name(), displayName, somme.authority(), somme.region(), somme.academies(),
                somme.counties(), somme.cluster(), somme.namespace(), somme.urls(), somme.population(), somme.capacity(),
                somme.slo(), somme.quota(), somme.contacts(), somme.lifecycle(), somme.services());

        assertThat(single(CHART.render(tenant), Namespace.class).getMetadata().getAnnotations())
                .containsEntry("vigie.io/display-name", displayName);
    }

    @Test
    void tenants_rendered_at_the_same_time_each_get_their_own_objects() {
        List<Tenant> tenants = SampleTenants.all();

        Map<String, List<HasMetadata>> rendered = tenants.parallelStream()
                .collect(java.util.stream.Collectors.toConcurrentMap(Tenant::name, CHART::render));

        for (Tenant tenant : tenants) {
            assertThat(rendered.get(tenant.name())).as(tenant.name())
                    .allMatch(o -> tenant.name().equals(o.getMetadata().getLabels().get("vigie.io/tenant")));
            assertThat(all(rendered.get(tenant.name()), Deployment.class)).hasSameSizeAs(tenant.services());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTenants")
    void the_chart_lints_clean_with_every_sample_tenant(Tenant tenant) {
        ChartLint lint = CHART.lint(tenant);

        assertThat(lint.passed()).as(String.join("\n", lint.messages())).isTrue();
        assertThat(lint.messages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    static Tenant withServices(Tenant t, List<ServiceSpec> services) {
        return new Tenant(t.name(), t.displayName(), t.authority(), t.region(), t.academies(), t.counties(), t.cluster(),
                t.namespace(), t.urls(), t.population(), t.capacity(), t.slo(), t.quota(), t.contacts(), t.lifecycle(),
                services);
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static <T extends HasMetadata> T single(List<HasMetadata> objects, Class<T> kind) {
        List<T> found = all(objects, kind);
        assertThat(found).as(kind.getSimpleName()).hasSize(1);
        return found.getFirst();
    }

    static <T extends HasMetadata> T named(List<T> objects, String name) {
        return objects.stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no object named " + name + " in " + objects));
    }
}
