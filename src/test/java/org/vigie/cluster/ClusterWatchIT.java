package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.demo.EmbeddedKubernetesApi;

class ClusterWatchIT {

    private EmbeddedKubernetesApi api;
    private KubernetesClient client;
    private ClusterWatch watch;
    private final Set<String> changedTenants = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startApiServerAndWatch() throws Exception {
        api = EmbeddedKubernetesApi.start();
        client = ClusterConnections.clientFor(api.url());
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("ent-a").endMetadata().build())
                .create();
        watch = new ClusterWatch("test", client, new ClusterChangeListener() {
            @Override
            public void tenantChanged(String cluster, String tenant) {
                changedTenants.add(tenant);
            }

            @Override
            public void clusterChanged(String cluster) {
            }
        }, Clock.systemUTC());
        watch.start().get();
    }

    @AfterEach
    void stop() {
        watch.close();
        client.close();
        api.close();
    }

    @Test
    void the_cache_follows_a_create_a_scale_and_a_delete() {
        client.apps().deployments().inNamespace("ent-a").resource(deployment("sso", "tenant-a", 2)).create();
        await().atMost(Duration.ofSeconds(5)).until(() -> watch.deployments("tenant-a").size() == 1);
        assertThat(changedTenants).contains("tenant-a");

        client.apps().deployments().inNamespace("ent-a").withName("sso").scale(5);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> watch.deployments("tenant-a").getFirst().getSpec().getReplicas() == 5);

        client.apps().deployments().inNamespace("ent-a").withName("sso").delete();
        await().atMost(Duration.ofSeconds(5)).until(() -> watch.deployments("tenant-a").isEmpty());
    }

    @Test
    void objects_without_the_tenant_label_are_never_cached() {
        Deployment unlabelled = new DeploymentBuilder(deployment("intruder", "x", 1))
                .editMetadata().withLabels(java.util.Map.of("app", "intruder")).endMetadata().build();
        client.apps().deployments().inNamespace("ent-a").resource(unlabelled).create();
        client.apps().deployments().inNamespace("ent-a").resource(deployment("sso", "tenant-a", 1)).create();

        await().atMost(Duration.ofSeconds(5)).until(() -> watch.deployments("tenant-a").size() == 1);
        assertThat(watch.size()).isEqualTo(1);
    }

    @Test
    void cached_objects_keep_only_what_vigie_reads() {
        Deployment heavy = new DeploymentBuilder(deployment("sso", "tenant-a", 1))
                .editMetadata()
                .addNewManagedField().withManager("kubectl").withOperation("Apply").endManagedField()
                .addToAnnotations(TrimmingItemStore.LAST_APPLIED, "{\"big\":\"json\"}")
                .addToAnnotations("team", "dropped")
                .addToAnnotations("demo.vigie.io/fault", "unavailable")
                .endMetadata().build();
        client.apps().deployments().inNamespace("ent-a").resource(heavy).create();

        await().atMost(Duration.ofSeconds(5)).until(() -> watch.deployments("tenant-a").size() == 1);
        Deployment cached = watch.deployments("tenant-a").getFirst();
        assertThat(cached.getMetadata().getManagedFields()).isNullOrEmpty();
        assertThat(cached.getMetadata().getAnnotations()).containsOnlyKeys("demo.vigie.io/fault");
        assertThat(cached.getSpec().getReplicas()).isEqualTo(1);
        assertThat(cached.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage()).isEqualTo("ent/sso");
    }

    static Deployment deployment(String name, String tenant, int replicas) {
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).withLabels(TenantLabels.of(tenant, name)).endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().withMatchLabels(TenantLabels.of(tenant, name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(TenantLabels.of(tenant, name)).endMetadata()
                .withNewSpec().addNewContainer().withName(name).withImage("ent/" + name).endContainer().endSpec()
                .endTemplate().endSpec().build();
    }

    static List<String> names(List<Deployment> deployments) {
        return deployments.stream().map(d -> d.getMetadata().getName()).toList();
    }
}
