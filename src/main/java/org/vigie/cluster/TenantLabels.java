package org.vigie.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/** The labels by which Vigie recognises a tenant's objects; nothing unlabelled is ever watched. */
public final class TenantLabels {

    public static final String TENANT = "vigie.io/tenant";
    public static final String SERVICE = "vigie.io/service";

    private TenantLabels() {
    }

    public static Map<String, String> of(String tenant, String service) {
        return Map.of(TENANT, tenant, SERVICE, service);
    }

    static String tenantOf(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels == null ? null : labels.get(TENANT);
    }

    public static String serviceOf(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels == null ? null : labels.get(SERVICE);
    }
}
