package org.vigie.scaling;

import org.vigie.security.Caller;

/**
 * A request to change a service's replicas. {@code expectedReplicas} is what the requester saw
 * (null: no check); {@code confirmation} must repeat the service's name to take a critical service
 * to zero; {@code idempotencyKey} makes a retried request scale once. For an autoscaled service,
 * {@code replicas} is the HPA's new minimum and {@code autoscalerMax} its new maximum (null: keep it).
 * {@code caller} is resolved on the server (session or API token), never read from the request.
 */
public record ScaleRequest(Caller caller, String tenant, String service, Integer replicas, Integer expectedReplicas,
        String reason, String incident, String idempotencyKey, String confirmation, Integer autoscalerMax) {

    public static final int MAX_REASON = 500;
    public static final int MAX_INCIDENT = 200;
}
