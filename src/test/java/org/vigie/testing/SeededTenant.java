package org.vigie.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.cluster.TenantLabels;

/**
 * One tenant as a cluster runs it (quota, sso and portal with two ready pods each, an HPA on
 * portal) and its tenant file, for a console booted against an API server without the demo.
 */
public final class SeededTenant {

    private SeededTenant() {
    }

    public static void seed(KubernetesClient client, String tenant, String namespace) {
        Map<String, String> quota = Map.of("requests.cpu", "20", "requests.memory", "40Gi", "pods", "40");
        create(client, new ResourceQuotaBuilder().withNewMetadata().withName("tenant-quota").withNamespace(namespace)
                .withLabels(Map.of(TenantLabels.TENANT, tenant)).endMetadata()
                .withNewSpec().addToHard(quantities(quota)).endSpec()
                .withNewStatus().addToHard(quantities(quota))
                .addToUsed(quantities(Map.of("requests.cpu", "2", "requests.memory", "4Gi", "pods", "4"))).endStatus()
                .build());
        for (String service : List.of("sso", "portal")) {
            Map<String, String> labels = TenantLabels.of(tenant, service);
            create(client, new DeploymentBuilder().withNewMetadata().withName(service).withNamespace(namespace)
                    .withLabels(labels).endMetadata()
                    .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(labels).endSelector()
                    .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata().withNewSpec()
                    .addNewContainer().withName(service).withImage("registry.example.fr/ent/" + service).endContainer()
                    .endSpec().endTemplate().endSpec()
                    .withNewStatus().withReplicas(2).withReadyReplicas(2).withAvailableReplicas(2).withUpdatedReplicas(2)
                    .endStatus().build());
            for (int i = 0; i < 2; i++) {
                create(client, new PodBuilder().withNewMetadata().withName(service + "-" + i).withNamespace(namespace)
                        .withLabels(labels).endMetadata().withNewSpec().addNewContainer().withName(service)
                        .withImage("registry.example.fr/ent/" + service).endContainer().endSpec()
                        .withNewStatus().withPhase("Running").endStatus().build());
            }
        }
        Map<String, String> portal = TenantLabels.of(tenant, "portal");
        create(client, new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("portal").withNamespace(namespace)
                .withLabels(portal).endMetadata().withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1")
                .withKind("Deployment").withName("portal").endScaleTargetRef().withMinReplicas(2).withMaxReplicas(10)
                .endSpec().build());
    }

    private static Map<String, Quantity> quantities(Map<String, String> values) {
        Map<String, Quantity> quantities = new HashMap<>();
        values.forEach((k, v) -> quantities.put(k, new Quantity(v)));
        return quantities;
    }

    private static void create(KubernetesClient client, HasMetadata object) {
        client.resource(object).create();
    }

    public static String file(String tenant, String cluster, String namespace, String healthBase) {
        return """
                apiVersion: vigie/v1
                kind: Tenant
                metadata:
                  name: %s
                spec:
                  displayName: "ENT de test du chart"
                  authority: {kind: COUNTY, name: "Département de test"}
                  region: auvergne-rhone-alpes
                  academies: [lyon]
                  counties: ["69"]
                  cluster: %s
                  namespace: %s
                  urls: {public: "https://chart.example.fr/", health: "%s/healthz"}
                  population: {students: 20000, teachers: 1600, parents: 26000}
                  capacity: {sessionsPerReplica: 5000}
                  slo: {availability: 99.5, p95LatencyMs: 800}
                  quota: {cpu: "20", memory: 40Gi, pods: 40}
                  services:
                    - {name: sso, priority: critical, minReplicas: 1, maxReplicas: 6, requests: {cpu: 500m, memory: 1Gi}}
                    - {name: portal, priority: critical, minReplicas: 1, maxReplicas: 6, requests: {cpu: 500m, memory: 1Gi}, autoscaling: true}
                """.formatted(tenant, cluster, namespace, healthBase);
    }
}
