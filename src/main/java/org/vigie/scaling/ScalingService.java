package org.vigie.scaling;

import org.vigie.platform.Wording;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.vigie.audit.AuditLog;
import org.vigie.cluster.ClusterConnections;
import org.vigie.cluster.ClusterWatchers;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.ServiceState;
import org.vigie.health.TenantState;
import org.vigie.quota.QuotaCheck;
import org.vigie.scaling.ScaleResult.Kind;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;
import org.vigie.tenant.ServiceSpec;

/**
 * Scales a tenant's service, in this order: authorize (role, then scope) → replay a retried
 * request → validate (exists, bounds, confirmation) → read the current state once → check the
 * expectation and the quota against it → commit the audit record → write back what was read, so
 * that the write fails with 409 if anything changed since → record the outcome. Nothing reaches
 * Kubernetes unless its audit record is committed; every refusal is recorded too. The caller must
 * be an operator whose scope covers the tenant.
 */
@Service
public class ScalingService {

    static final String ACTION = "scale";

    private final FleetSnapshotPublisher fleet;
    private final ClusterConnections clusters;
    private final ClusterWatchers watchers;
    private final SecurityAudit security;
    private final IdempotentReplay replays;
    private final ScaleAuditing auditing;

    ScalingService(FleetSnapshotPublisher fleet, ClusterConnections clusters, ClusterWatchers watchers, AuditLog audit,
            SecurityAudit security) {
        this.fleet = fleet;
        this.clusters = clusters;
        this.watchers = watchers;
        this.security = security;
        this.replays = new IdempotentReplay(audit);
        this.auditing = new ScaleAuditing(audit);
    }

    public ScaleResult scale(ScaleRequest request) {
        if (!request.caller().has(Role.OPERATOR)) {
            return forbidden(request, "scaling is for operators; your roles: " + request.caller().roles());
        }
        Optional<TenantState> tenant = fleet.current().tenant(request.tenant());
        if (tenant.isEmpty()) {
            return auditing.refused(request, ScaleResult.refused(Kind.NOT_FOUND, "no tenant named '"
                    + request.tenant() + "'"));
        }
        Optional<ServiceState> service = tenant.get().service(request.service());
        if (service.isEmpty()) {
            return auditing.refused(request, ScaleResult.refused(Kind.NOT_FOUND, "tenant " + request.tenant()
                    + " has no service named '" + request.service() + "'; its services: " + String.join(", ",
                    tenant.get().tenant().services().stream().map(ServiceSpec::name).toList())));
        }
        String region = tenant.get().tenant().region();
        if (!request.caller().mayActOn(request.tenant(), region)) {
            return forbidden(request, "tenant " + request.tenant() + " (region " + region + ") is outside your scope: "
                    + request.caller().scope().describe());
        }
        try {
            Optional<ScaleResult> replay = replays.of(request);
            if (replay.isPresent()) {
                return replay.get();
            }
        } catch (DataAccessException | TransactionException e) {
            return ScaleAuditing.unavailable(e);
        }
        Optional<ScaleResult> invalid = ScaleValidation.check(request, service.get().spec());
        if (invalid.isPresent()) {
            return auditing.refused(request, invalid.get());
        }
        return scaleValidated(request, tenant.get(), service.get());
    }

    private ScaleResult scaleValidated(ScaleRequest request, TenantState tenant, ServiceState service) {
        String cluster = tenant.tenant().cluster();
        KubernetesClient client = clusters.client(cluster).orElse(null);
        if (client == null) {
            return auditing.refused(request, ScaleResult.refused(Kind.CLUSTER_ERROR, "cluster " + cluster
                    + " is not configured"));
        }
        Optional<Duration> silence = watchers.silence(cluster);
        if (silence.isPresent()) {
            return auditing.refused(request, ScaleResult.refused(Kind.CLUSTER_SILENT,
                    Wording.of("scaling.clusterSilent", cluster, silence.get().toSeconds())));
        }
        int to = request.replicas();
        boolean autoscaled = service.autoscaler() != null;
        ScaleWriter.Observed observed;
        try {
            observed = observe(client, tenant, service, autoscaled);
        } catch (ScaleWriter.ServiceMissingException e) {
            return auditing.refused(request, ScaleResult.refused(Kind.CLUSTER_ERROR, "cannot read "
                    + service.spec().name() + ": " + e.getMessage()));
        } catch (KubernetesClientException e) {
            return auditing.refused(request, ScaleResult.refused(Kind.CLUSTER_SILENT, "cluster " + cluster
                    + " did not answer (" + (e.getCode() > 0 ? "HTTP " + e.getCode() : "no answer in time")
                    + ") while reading " + service.spec().name() + "; nothing was changed, try again shortly"));
        }
        int from = observed.replicas();
        UUID correlation = UUID.randomUUID();
        if (request.expectedReplicas() != null && request.expectedReplicas() != from) {
            return auditing.decided(request, correlation, from, Kind.CONFLICT,
                    Wording.of("scaling.changedMeanwhile", service.spec().name(), from, request.expectedReplicas()));
        }
        Optional<String> overQuota = QuotaCheck.refusal(tenant, service.spec(), autoscaled ? service.desired() : from, to);
        if (overQuota.isPresent()) {
            return auditing.decided(request, correlation, from, Kind.OVER_QUOTA, "over quota — " + overQuota.get());
        }
        try {
            auditing.requested(request, correlation, from, autoscaled ? "HPA minimum" : "replicas");
        } catch (DuplicateKeyException e) {
            return replays.of(request).orElseGet(() -> ScaleAuditing.unavailable(e));
        } catch (DataAccessException | TransactionException e) {
            return ScaleAuditing.unavailable(e);
        }
        return write(request, tenant, service, client, correlation, observed, autoscaled);
    }

    private static ScaleWriter.Observed observe(KubernetesClient client, TenantState tenant, ServiceState service,
            boolean autoscaled) {
        return autoscaled ? ScaleWriter.observeAutoscaler(client, tenant.tenant(), service.spec().name())
                : ScaleWriter.observeDeployment(client, tenant.tenant(), service.spec().name());
    }

    private ScaleResult write(ScaleRequest request, TenantState tenant, ServiceState service, KubernetesClient client,
            UUID correlation, ScaleWriter.Observed observed, boolean autoscaled) {
        String name = service.spec().name();
        int from = observed.replicas();
        int to = request.replicas();
        try {
            if (autoscaled) {
                int max = request.autoscalerMax() != null ? request.autoscalerMax()
                        : Math.max(service.autoscaler().maxReplicas(), to);
                ScaleWriter.boundAutoscaler(client, observed, to, max);
                return auditing.outcome(request, correlation, from, Kind.SCALED, Wording.of("scaling.autoscalerBounded",
                        name, to, max, from, service.autoscaler().maxReplicas()));
            }
            ScaleWriter.scaleDeployment(client, tenant.tenant(), name, observed, to);
            return auditing.outcome(request, correlation, from, Kind.SCALED,
                    Wording.of("scaling.scaled", name, tenant.tenant().name(), from, to));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409) {
                return auditing.outcome(request, correlation, from, Kind.CONFLICT, Wording.of("scaling.changedAtOnce",
                        name, freshCount(client, tenant, service, autoscaled)));
            }
            return auditing.outcome(request, correlation, from, Kind.CLUSTER_ERROR, "Kubernetes refused the change: "
                    + e.getMessage());
        }
    }

    private static String freshCount(KubernetesClient client, TenantState tenant, ServiceState service,
            boolean autoscaled) {
        try {
            return String.valueOf(observe(client, tenant, service, autoscaled).replicas());
        } catch (KubernetesClientException | ScaleWriter.ServiceMissingException e) {
            return "?";
        }
    }

    /** Refused for who is asking, before anything else: audited as DENIED, answered 403. */
    private ScaleResult forbidden(ScaleRequest request, String why) {
        security.denied(request.caller().username(), "scaling " + request.tenant() + "/" + request.service(),
                request.tenant(), why);
        return ScaleResult.refused(Kind.FORBIDDEN, "not allowed: " + why);
    }
}
