package org.vigie.scaling;

import io.fabric8.kubernetes.api.model.autoscaling.v1.Scale;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.vigie.tenant.Tenant;

/**
 * The only Kubernetes writes of scaling: a Deployment's scale subresource, or an autoscaled
 * service's HPA bounds. Each is a read then a write carrying the read's resourceVersion, so a
 * concurrent change makes the API server answer 409 instead of being overwritten.
 */
final class ScaleWriter {

    private ScaleWriter() {
    }

    static int currentReplicas(KubernetesClient client, Tenant tenant, String service) {
        Scale scale = client.apps().deployments().inNamespace(tenant.namespace()).withName(service).scale();
        if (scale == null) {
            throw new ServiceMissingException(service + " has no Deployment in namespace " + tenant.namespace());
        }
        return scale.getSpec().getReplicas() == null ? 0 : scale.getSpec().getReplicas();
    }

    static void scaleDeployment(KubernetesClient client, Tenant tenant, String service, int replicas) {
        var deployment = client.apps().deployments().inNamespace(tenant.namespace()).withName(service);
        Scale scale = deployment.scale();
        scale.getSpec().setReplicas(replicas);
        deployment.scale(scale);
    }

    static void boundAutoscaler(KubernetesClient client, Tenant tenant, String service, int min, int max) {
        client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(tenant.namespace()).withName(service)
                .edit(hpa -> {
                    hpa.getSpec().setMinReplicas(min);
                    hpa.getSpec().setMaxReplicas(max);
                    return hpa;
                });
    }

    static final class ServiceMissingException extends RuntimeException {
        ServiceMissingException(String message) {
            super(message);
        }
    }
}
