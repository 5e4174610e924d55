package org.vigie.security.web;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;

/**
 * The access rule of every HTTP endpoint served by a controller, in one table. A test compares it
 * with the endpoints the application actually maps, so an endpoint cannot be added without a rule.
 */
public final class EndpointRules {

    /** Who may call an endpoint. PASSWORD: a user's name and password as HTTP Basic. */
    public enum Access {
        PUBLIC, PASSWORD, VIEWER, ACCOUNT_MANAGER, OPERATOR, ADMIN
    }

    /** {@code method} null: every method. */
    public record Rule(HttpMethod method, String pattern, Access access) {
    }

    public static final List<Rule> ALL = List.of(
            new Rule(HttpMethod.GET, "/status", Access.PUBLIC),
            new Rule(null, "/error", Access.PUBLIC),
            new Rule(HttpMethod.GET, "/api/v1/status", Access.PUBLIC),
            new Rule(HttpMethod.GET, "/api/v1/status/details", Access.VIEWER),
            new Rule(HttpMethod.POST, "/api/v1/tokens", Access.PASSWORD),
            new Rule(HttpMethod.GET, "/api/v1/tokens", Access.VIEWER),
            new Rule(HttpMethod.DELETE, "/api/v1/tokens/{id}", Access.VIEWER),
            new Rule(HttpMethod.GET, "/api/v1/tenants", Access.VIEWER),
            new Rule(HttpMethod.GET, "/api/v1/tenants/{tenant}", Access.VIEWER),
            new Rule(HttpMethod.POST, "/api/v1/tenants/{tenant}/services/{service}/scale", Access.OPERATOR),
            new Rule(HttpMethod.POST, "/api/v1/catalogue/reload", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.GET, "/api/v1/onboardings", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.POST, "/api/v1/onboardings", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.POST, "/api/v1/onboardings/changes", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.POST, "/api/v1/onboardings/suspensions", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.POST, "/api/v1/onboardings/offboardings", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.GET, "/api/v1/onboardings/{id}", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.GET, "/api/v1/onboardings/{id}/tenant.yaml", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.POST, "/api/v1/onboardings/{id}/apply", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.POST, "/api/v1/onboardings/{id}/rollback", Access.ACCOUNT_MANAGER),
            new Rule(HttpMethod.GET, "/api/v1/audit", Access.OPERATOR),
            new Rule(HttpMethod.GET, "/api/v1/audit/verify", Access.OPERATOR),
            new Rule(HttpMethod.POST, "/api/v1/audit/verify", Access.OPERATOR),
            new Rule(HttpMethod.GET, "/api/v1/audit/checkpoint", Access.OPERATOR),
            new Rule(HttpMethod.PUT, "/api/v1/demo/tenants/{tenant}/probe-fault", Access.OPERATOR),
            new Rule(HttpMethod.DELETE, "/api/v1/demo/tenants/{tenant}/probe-fault", Access.OPERATOR),
            new Rule(HttpMethod.PUT, "/api/v1/demo/clusters/{cluster}/silence", Access.OPERATOR),
            new Rule(HttpMethod.DELETE, "/api/v1/demo/clusters/{cluster}/silence", Access.OPERATOR),
            new Rule(HttpMethod.POST, "/api/v1/surge-plans", Access.OPERATOR),
            new Rule(HttpMethod.GET, "/api/v1/surge-plans", Access.VIEWER),
            new Rule(HttpMethod.GET, "/api/v1/surge-plans/{id}", Access.VIEWER),
            new Rule(HttpMethod.POST, "/api/v1/surge-plans/{id}/apply", Access.OPERATOR),
            new Rule(HttpMethod.POST, "/api/v1/surge-plans/{id}/revert", Access.OPERATOR),
            new Rule(HttpMethod.DELETE, "/api/v1/surge-plans/{id}", Access.OPERATOR),
            new Rule(HttpMethod.PUT, "/api/v1/demo/clusters/{cluster}/fault", Access.OPERATOR),
            new Rule(HttpMethod.DELETE, "/api/v1/demo/clusters/{cluster}/fault", Access.OPERATOR),
            new Rule(HttpMethod.GET, "/api/v1/webhooks", Access.ADMIN),
            new Rule(HttpMethod.POST, "/api/v1/webhooks", Access.ADMIN),
            new Rule(HttpMethod.DELETE, "/api/v1/webhooks/{id}", Access.ADMIN),
            new Rule(HttpMethod.POST, "/api/v1/incidents", Access.OPERATOR),
            new Rule(HttpMethod.GET, "/api/v1/incidents", Access.VIEWER),
            new Rule(HttpMethod.GET, "/api/v1/incidents/{id}", Access.VIEWER),
            // operators, and account managers for public updates only: the incident service tells them apart
            new Rule(HttpMethod.POST, "/api/v1/incidents/{id}/updates", Access.VIEWER),
            new Rule(HttpMethod.GET, "/api/v1/incidents/{id}/review", Access.VIEWER),
            new Rule(HttpMethod.POST, "/api/v1/maintenance-windows", Access.OPERATOR),
            new Rule(HttpMethod.GET, "/api/v1/maintenance-windows", Access.VIEWER),
            new Rule(HttpMethod.POST, "/api/v1/maintenance-windows/{id}/end", Access.OPERATOR));

    private EndpointRules() {
    }

    /** Each rule belongs to exactly one of these four, which are the filter chains applying them. */
    public static List<Rule> open() {
        return ALL.stream().filter(rule -> rule.access() == Access.PUBLIC).toList();
    }

    public static List<Rule> password() {
        return ALL.stream().filter(rule -> rule.access() == Access.PASSWORD).toList();
    }

    public static List<Rule> api() {
        return byRole().filter(rule -> rule.pattern().startsWith("/api/")).toList();
    }

    public static List<Rule> console() {
        return byRole().filter(rule -> !rule.pattern().startsWith("/api/")).toList();
    }

    private static Stream<Rule> byRole() {
        return ALL.stream().filter(rule -> rule.access() != Access.PUBLIC && rule.access() != Access.PASSWORD);
    }
}
