package org.vigie.scaling;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v1.Scale;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.vigie.tenant.Tenant;

/**
 * The only Kubernetes writes of scaling: a Deployment's scale subresource, or an autoscaled
 * service's HPA bounds. Each write sends back the very object that was read and checked, with its
 * resourceVersion: if anything changed it in between, the API server answers 409 and nothing is
 * overwritten. What the caller was shown as "from" is therefore exactly what a write replaces.
 */
final class ScaleWriter {

    private ScaleWriter() {
    }

    /** What was read before deciding: the count the decision is based on, and the object to write back. */
    record Observed(int replicas, HasMetadata object) {
    }

    static Observed observeDeployment(KubernetesClient client, Tenant tenant, String service) {
        Scale scale = client.apps().deployments().inNamespace(tenant.namespace()).withName(service).scale();
        if (scale == null) {
            throw new ServiceMissingException(service + " has no Deployment in namespace " + tenant.namespace());
        }
        return new Observed(scale.getSpec().getReplicas() == null ? 0 : scale.getSpec().getReplicas(), scale);
    }

    static Observed observeAutoscaler(KubernetesClient client, Tenant tenant, String service) {
        HorizontalPodAutoscaler hpa = client.autoscaling().v2().horizontalPodAutoscalers()
                .inNamespace(tenant.namespace()).withName(service).get();
        if (hpa == null || hpa.getSpec() == null) {
            throw new ServiceMissingException(service + " has no HorizontalPodAutoscaler in namespace "
                    + tenant.namespace());
        }
        Integer min = hpa.getSpec().getMinReplicas();
        return new Observed(min == null ? 1 : min, hpa);
    }

    static void scaleDeployment(KubernetesClient client, Tenant tenant, String service, Observed observed, int replicas) {
        Scale scale = (Scale) observed.object();
        scale.getSpec().setReplicas(replicas);
        client.apps().deployments().inNamespace(tenant.namespace()).withName(service).scale(scale);
    }

    static void boundAutoscaler(KubernetesClient client, Observed observed, int min, int max) {
        HorizontalPodAutoscaler hpa = (HorizontalPodAutoscaler) observed.object();
        hpa.getSpec().setMinReplicas(min);
        hpa.getSpec().setMaxReplicas(max);
        client.autoscaling().v2().horizontalPodAutoscalers().resource(hpa).update();
    }

    static final class ServiceMissingException extends RuntimeException {
        ServiceMissingException(String message) {
            super(message);
        }
    }
}
