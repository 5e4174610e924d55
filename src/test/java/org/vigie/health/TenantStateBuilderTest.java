package org.vigie.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.cluster.ClusterCache;
import org.vigie.cluster.TenantLabels;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.tenant.Tenant;

class TenantStateBuilderTest {

    static final Instant NOW = Instant.parse("2026-11-28T07:45:00Z");
    final Tenant tenant = HealthEvaluatorTest.tenant();

    /** A cache holding exactly the given objects, as the informers would after a list. */
    record Objects(List<Deployment> deployments, List<Pod> pods, List<ResourceQuota> quotas,
            List<HorizontalPodAutoscaler> autoscalers) implements ClusterCache {

        public String cluster() {
            return "plaque-test";
        }

        public boolean synced() {
            return true;
        }

        public Duration syncDuration() {
            return Duration.ZERO;
        }

        public boolean watching() {
            return true;
        }

        public Instant confirmedAt() {
            return NOW;
        }

        public Instant lastContact() {
            return NOW;
        }

        public List<Deployment> deployments(String tenant) {
            return deployments;
        }

        public List<Pod> pods(String tenant) {
            return pods;
        }

        public List<ResourceQuota> quotas(String tenant) {
            return quotas;
        }

        public List<HorizontalPodAutoscaler> autoscalers(String tenant) {
            return autoscalers;
        }

        public long size() {
            return deployments.size() + pods.size() + quotas.size() + autoscalers.size();
        }
    }

    static Deployment deployment(String name, String namespace, int desired, int ready) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .withLabels(Map.of(TenantLabels.TENANT, "test-colleges")).endMetadata()
                .withNewSpec().withReplicas(desired).endSpec()
                .withNewStatus().withReadyReplicas(ready).withAvailableReplicas(ready).endStatus().build();
    }

    static Pod pod(String service, int restarts) {
        return new PodBuilder().withNewMetadata().withName(service + "-1").withNamespace("ent-test")
                .withLabels(Map.of(TenantLabels.TENANT, "test-colleges", TenantLabels.SERVICE, service)).endMetadata()
                .withNewStatus().addNewContainerStatus().withName("app").withRestartCount(restarts).endContainerStatus()
                .endStatus().build();
    }

    @Test
    void without_a_cache_every_service_is_missing() {
        TenantState state = TenantStateBuilder.build(tenant, null, null, null, NOW);

        assertThat(state.services()).allSatisfy(s -> assertThat(s.deployed()).isFalse());
        assertThat(state.services()).hasSize(tenant.services().size());
    }

    @Test
    void deployments_pods_and_autoscalers_are_matched_to_their_services_in_the_tenant_namespace_only() {
        HorizontalPodAutoscaler hpa = new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("sso")
                .withNamespace("ent-test").endMetadata().withNewSpec().withMinReplicas(3).withMaxReplicas(6)
                .withNewScaleTargetRef().withKind("Deployment").withName("sso").endScaleTargetRef().endSpec().build();
        Objects cache = new Objects(
                List.of(deployment("sso", "ent-test", 4, 3), deployment("binder", "elsewhere", 2, 2)),
                List.of(pod("sso", 2)), List.of(), List.of(hpa));

        TenantState state = TenantStateBuilder.build(tenant, cache, 1200L, null, NOW);

        ServiceState sso = state.service("sso").orElseThrow();
        assertThat(sso.deployed()).isTrue();
        assertThat(sso.desired()).isEqualTo(4);
        assertThat(sso.ready()).isEqualTo(3);
        assertThat(sso.pods()).isEqualTo(1);
        assertThat(sso.restarts()).isEqualTo(2);
        assertThat(sso.autoscaler().minReplicas()).isEqualTo(3);
        assertThat(sso.autoscaler().maxReplicas()).isEqualTo(6);
        assertThat(state.service("binder").orElseThrow().deployed()).as("a labelled object in another namespace")
                .isFalse();
        assertThat(state.sessions()).isEqualTo(1200L);
    }

    @Test
    void quota_reads_hard_and_used_from_the_resource_quota_beside_the_contract() {
        ResourceQuota quota = new ResourceQuotaBuilder().withNewMetadata().withName("quota").withNamespace("ent-test")
                .endMetadata().withNewStatus()
                .withHard(Map.of("requests.cpu", new Quantity("16"), "pods", new Quantity("40")))
                .withUsed(Map.of("requests.cpu", new Quantity("2500m"), "pods", new Quantity("7"))).endStatus().build();

        TenantState state = TenantStateBuilder.build(tenant, new Objects(List.of(), List.of(), List.of(quota),
                List.of()), null, null, NOW);

        QuotaUsage cpu = state.quota(Resource.CPU).orElseThrow();
        assertThat(cpu.contract()).isEqualByComparingTo("20");
        assertThat(cpu.hard()).isEqualByComparingTo("16");
        assertThat(cpu.used()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(state.quota(Resource.PODS).orElseThrow().used()).isEqualByComparingTo("7");
    }
}
