package org.vigie.demo;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.vigie.cluster.ClusterConnections;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Creates every tenant's objects in the embedded clusters, already running (ready replicas, pods),
 * before anything watches them: Vigie meets the demo clusters as it would meet real ones.
 */
final class DemoSeeding {

    private DemoSeeding() {
    }

    static void seed(TenantCatalogue catalogue, ClusterConnections connections) {
        for (Tenant tenant : catalogue.all()) {
            KubernetesClient client = connections.client(tenant.cluster()).orElseThrow();
            createIfAbsent(client, DemoManifests.namespace(tenant));
            createIfAbsent(client, DemoManifests.quota(tenant));
            for (ServiceSpec service : tenant.services()) {
                Deployment deployment = DemoManifests.deployment(tenant, service);
                if (createIfAbsent(client, deployment)) {
                    DeploymentController.startPods(deployment, client);
                }
                if (service.autoscaling()) {
                    createIfAbsent(client, DemoManifests.autoscaler(tenant, service));
                }
            }
        }
    }

    private static boolean createIfAbsent(KubernetesClient client, HasMetadata object) {
        if (client.resource(object).get() != null) {
            return false;
        }
        client.resource(object).create();
        return true;
    }
}
