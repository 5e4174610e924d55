package org.vigie.tenant;

import java.util.List;
import java.util.Optional;

/** One ENT instance, financed by one local authority and run in its own namespace. */
public record Tenant(
        String name,
        String displayName,
        Authority authority,
        String region,
        List<String> academies,
        List<String> counties,
        String cluster,
        String namespace,
        TenantUrls urls,
        Population population,
        Capacity capacity,
        Slo slo,
        ContractQuota quota,
        List<Contact> contacts,
        Lifecycle lifecycle,
        List<ServiceSpec> services) {

    public Tenant {
        academies = List.copyOf(academies);
        counties = List.copyOf(counties);
        contacts = List.copyOf(contacts);
        services = List.copyOf(services);
    }

    public Optional<ServiceSpec> service(String serviceName) {
        return services.stream().filter(s -> s.name().equals(serviceName)).findFirst();
    }

    public record Authority(AuthorityKind kind, String name) {
    }

    public enum AuthorityKind {
        REGION, COUNTY
    }

    public record TenantUrls(String publicUrl, String healthUrl) {
    }

    public record Population(long students, long teachers, long parents) {

        public long total() {
            return students + teachers + parents;
        }
    }

    /** How many concurrent sessions one replica of the tenant's front services serves. */
    public record Capacity(int sessionsPerReplica) {
    }

    public record Slo(double availability, int p95LatencyMs) {
    }

    /** The resources the contract grants, as Kubernetes quantities. */
    public record ContractQuota(String cpu, String memory, int pods) {
    }

    public record Contact(String name, String email, String role) {
    }

    public enum Lifecycle {
        ONBOARDING, ACTIVE, SUSPENDED
    }
}
