package org.vigie.scaling;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditEntry;
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
 * that the write fails with 409 if anything changed since → record the outcome. Nothing reaches Kubernetes unless its audit record is committed. The caller must be an
 * operator whose scope covers the tenant; a refusal is audited.
 */
@Service
public class ScalingService {

    static final String ACTION = "scale";
    private static final Logger log = LoggerFactory.getLogger(ScalingService.class);

    private final FleetSnapshotPublisher fleet;
    private final ClusterConnections clusters;
    private final ClusterWatchers watchers;
    private final AuditLog audit;
    private final SecurityAudit security;
    private final IdempotentReplay replays;

    ScalingService(FleetSnapshotPublisher fleet, ClusterConnections clusters, ClusterWatchers watchers, AuditLog audit,
            SecurityAudit security) {
        this.fleet = fleet;
        this.clusters = clusters;
        this.watchers = watchers;
        this.audit = audit;
        this.security = security;
        this.replays = new IdempotentReplay(audit);
    }

    public ScaleResult scale(ScaleRequest request) {
        if (!request.caller().has(Role.OPERATOR)) {
            return forbidden(request, "scaling is for operators; your roles: " + request.caller().roles());
        }
        Optional<TenantState> tenant = fleet.current().tenant(request.tenant());
        if (tenant.isEmpty()) {
            return ScaleResult.refused(Kind.NOT_FOUND, "no tenant named '" + request.tenant() + "'");
        }
        Optional<ServiceState> service = tenant.get().service(request.service());
        if (service.isEmpty()) {
            return ScaleResult.refused(Kind.NOT_FOUND, "tenant " + request.tenant() + " has no service named '"
                    + request.service() + "'; its services: " + String.join(", ",
                    tenant.get().tenant().services().stream().map(ServiceSpec::name).toList()));
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
            return auditUnavailable(e);
        }
        Optional<ScaleResult> invalid = ScaleValidation.check(request, service.get().spec());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        return scaleValidated(request, tenant.get(), service.get());
    }

    private ScaleResult scaleValidated(ScaleRequest request, TenantState tenant, ServiceState service) {
        String cluster = tenant.tenant().cluster();
        KubernetesClient client = clusters.client(cluster).orElse(null);
        if (client == null) {
            return ScaleResult.refused(Kind.CLUSTER_ERROR, "cluster " + cluster + " is not configured");
        }
        Optional<Duration> silence = watchers.silence(cluster);
        if (silence.isPresent()) {
            return ScaleResult.refused(Kind.CLUSTER_SILENT, "cluster " + cluster + " has not answered for "
                    + silence.get().toSeconds() + " s: scaling its tenants is paused until it answers again; "
                    + "nothing was changed");
        }
        int to = request.replicas();
        boolean autoscaled = service.autoscaler() != null;
        ScaleWriter.Observed observed;
        try {
            observed = observe(client, tenant, service, autoscaled);
        } catch (KubernetesClientException | ScaleWriter.ServiceMissingException e) {
            return ScaleResult.refused(Kind.CLUSTER_ERROR, "cannot read " + service.spec().name() + ": " + e.getMessage());
        }
        int from = observed.replicas();
        UUID correlation = UUID.randomUUID();
        if (!autoscaled && request.expectedReplicas() != null && request.expectedReplicas() != from) {
            return decided(request, correlation, from, Kind.CONFLICT, service.spec().name() + " is now at " + from
                    + " replica(s), not " + request.expectedReplicas() + " as you saw; nothing was changed");
        }
        Optional<String> overQuota = QuotaCheck.refusal(tenant, service.spec(), autoscaled ? service.desired() : from, to);
        if (overQuota.isPresent()) {
            return decided(request, correlation, from, Kind.OVER_QUOTA, "over quota — " + overQuota.get());
        }
        try {
            audit.append(entry(request, correlation, from, Outcome.REQUESTED, autoscaled ? "HPA minimum" : "replicas"));
        } catch (DuplicateKeyException e) {
            return replays.of(request).orElseGet(() -> auditUnavailable(e));
        } catch (DataAccessException | TransactionException e) {
            return auditUnavailable(e);
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
                return outcome(request, correlation, from, Kind.SCALED, name + " is autoscaled: its HPA now keeps "
                        + to + " to " + max + " replicas (was " + from + " to " + service.autoscaler().maxReplicas() + ")");
            }
            ScaleWriter.scaleDeployment(client, tenant.tenant(), name, observed, to);
            return outcome(request, correlation, from, Kind.SCALED, name + " of " + tenant.tenant().name()
                    + " scaled from " + from + " to " + to + " replica(s)");
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409) {
                return outcome(request, correlation, from, Kind.CONFLICT, name + " is now at "
                        + freshCount(client, tenant, service, autoscaled) + " replica(s): it was changed at the same "
                        + "moment, nothing was overwritten; look again");
            }
            return outcome(request, correlation, from, Kind.CLUSTER_ERROR, "Kubernetes refused the change: "
                    + e.getMessage());
        }
    }

    private static String freshCount(KubernetesClient client, TenantState tenant, ServiceState service,
            boolean autoscaled) {
        try {
            return String.valueOf(observe(client, tenant, service, autoscaled).replicas());
        } catch (KubernetesClientException | ScaleWriter.ServiceMissingException e) {
            return "an unknown count";
        }
    }

    /** Refused for who is asking, before anything else: audited as DENIED, answered 403. */
    private ScaleResult forbidden(ScaleRequest request, String why) {
        security.denied(request.caller().username(), "scaling " + request.tenant() + "/" + request.service(),
                request.tenant(), why);
        return ScaleResult.refused(Kind.FORBIDDEN, "not allowed: " + why);
    }

    /** A decision taken without writing: recorded if the audit store answers, returned either way. */
    private ScaleResult decided(ScaleRequest request, UUID correlation, int from, Kind kind, String message) {
        try {
            audit.append(entry(request, correlation, from, Outcome.REFUSED, kind + ": " + message));
        } catch (DataAccessException | TransactionException e) {
            log.warn("Refusal of {} not audited, PostgreSQL unavailable: {}", request, e.getMessage());
        }
        return new ScaleResult(kind, message, from, request.replicas(), correlation);
    }

    private ScaleResult outcome(ScaleRequest request, UUID correlation, int from, Kind kind, String message) {
        Outcome outcome = switch (kind) {
            case SCALED -> Outcome.SUCCEEDED;
            case CONFLICT -> Outcome.CONFLICT;
            default -> Outcome.FAILED;
        };
        try {
            audit.append(entry(request, correlation, from, outcome, message));
        } catch (DataAccessException | TransactionException e) {
            log.error("Outcome {} of audited request {} could not be recorded: {}", outcome, correlation, e.getMessage());
        }
        return new ScaleResult(kind, message, from, request.replicas(), correlation);
    }

    private static AuditEntry entry(ScaleRequest request, UUID correlation, int from, Outcome outcome, String detail) {
        return new AuditEntry(request.caller().username(), ACTION, request.tenant(), request.service(), from, request.replicas(),
                request.reason(), request.incident(), outcome, detail, correlation,
                outcome == Outcome.REQUESTED ? request.idempotencyKey() : null);
    }

    private static ScaleResult auditUnavailable(RuntimeException e) {
        log.error("Audit store unavailable, scale refused: {}", e.getMessage());
        return ScaleResult.refused(Kind.AUDIT_UNAVAILABLE, "the audit store (PostgreSQL) is unavailable, so nothing "
                + "was changed in Kubernetes; try again when it is back");
    }

}
