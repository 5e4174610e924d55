package org.vigie.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.web.context.WebApplicationContext;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/** Every role against every endpoint, over HTTP through the real filter chains. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditLog audit;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    WebApplicationContext web;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    final JsonMapper json = JsonMapper.builder().build();

    record Call(String method, String path, String body, Role needs) {
    }

    static final List<Call> CALLS = List.of(
            new Call("GET", "/api/v1/tenants", null, Role.VIEWER),
            new Call("GET", "/api/v1/tenants/somme-colleges", null, Role.VIEWER),
            new Call("POST", "/api/v1/tenants/somme-colleges/services/binder/scale", "{}", Role.OPERATOR),
            new Call("POST", "/api/v1/catalogue/reload", "", Role.ACCOUNT_MANAGER),
            new Call("GET", "/api/v1/audit", null, Role.OPERATOR),
            new Call("GET", "/api/v1/audit/verify", null, Role.OPERATOR),
            new Call("PUT", "/api/v1/demo/tenants/atlantide/probe-fault", "{}", Role.OPERATOR),
            new Call("DELETE", "/api/v1/demo/tenants/atlantide/probe-fault", null, Role.OPERATOR),
            new Call("GET", "/api/v1/tokens", null, Role.VIEWER),
            new Call("DELETE", "/api/v1/tokens/not-a-token-id", null, Role.VIEWER),
            new Call("GET", "/api/v1/status", null, null),
            new Call("GET", "/status", null, null),
            new Call("GET", "/actuator/health", null, null),
            new Call("GET", "/actuator/info", null, null),
            new Call("GET", "/actuator/prometheus", null, null));

    static HttpResponse<String> send(ApiClient client, Call call) {
        return switch (call.method()) {
            case "GET" -> client.get(call.path());
            case "POST" -> client.post(call.path(), call.body());
            case "PUT" -> client.put(call.path(), call.body());
            default -> client.delete(call.path());
        };
    }

    @Test
    void each_role_reaches_what_it_may_and_is_refused_the_rest() {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        roles.put("viewer", EnumSet.of(Role.VIEWER));
        roles.put("manager", Role.ACCOUNT_MANAGER.implied());
        roles.put("operator", Role.OPERATOR.implied());
        roles.put("admin", Role.ADMIN.implied());
        List<String> wrong = new ArrayList<>();
        for (var user : roles.entrySet()) {
            ApiClient client = ApiClient.as(port, user.getKey(), users, tokens);
            for (Call call : CALLS) {
                int status = send(client, call).statusCode();
                boolean allowed = call.needs() == null || user.getValue().contains(call.needs());
                if (allowed == (status == 401 || status == 403)) {
                    wrong.add(user.getKey() + " " + call.method() + " " + call.path() + " -> " + status);
                }
                if (!allowed && status != 403) {
                    wrong.add(user.getKey() + " " + call.method() + " " + call.path() + " -> " + status + ", not 403");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymous_calls_get_401_problems_not_a_login_page_except_status_and_health() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(port);
        for (Call call : CALLS) {
            HttpResponse<String> response = send(anonymous, call);
            if (call.needs() == null) {
                assertThat(response.statusCode()).as(call.path()).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(call.method() + " " + call.path()).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        value -> assertThat(value).startsWith("Bearer"));
            }
        }
        for (String route : List.of("/", "/tenants/somme-colleges", "/audit", "/scaling/bulk", "/board", "/tokens",
                "/admin/users", "/admin/displays")) {
            HttpResponse<String> page = anonymous.get(route);
            assertThat(page.statusCode()).as(route).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(route).hasValue("http://localhost:" + port + "/login");
        }
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/env").statusCode()).isEqualTo(401);
        assertThat(ApiClient.bearer(port, "vigie_made-up").get("/api/v1/tenants").statusCode()).isEqualTo(401);
    }

    @Test
    void an_operator_of_one_region_cannot_scale_another_regions_tenant_and_the_attempt_is_audited() throws Exception {
        Tenant own = tenantIn("hauts-de-france");
        Tenant other = catalogue.all().stream().filter(t -> !t.region().equals("hauts-de-france")).findFirst()
                .orElseThrow();
        users.createLocal("op-hdf", "a-long-enough-password", EnumSet.of(Role.OPERATOR),
                new AccessScope(Set.of("hauts-de-france"), Set.of()));
        ApiClient operator = ApiClient.as(port, "op-hdf", users, tokens);
        String above = "{\"replicas\": 999, \"reason\": \"storm\"}";

        HttpResponse<String> forged = operator.post("/api/v1/tenants/" + other.name() + "/services/binder/scale", above);
        HttpResponse<String> mine = operator.post("/api/v1/tenants/" + own.name() + "/services/binder/scale", above);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json.readTree(forged.body()).get("detail").asString())
                .contains(other.name()).contains("outside your scope").contains("regions hauts-de-france");
        assertThat(mine.statusCode()).isEqualTo(422);
        List<AuditRecord> records = audit.find(new AuditFilter(other.name(), "op-hdf", null, null));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo(Outcome.DENIED);
            assertThat(record.detail()).startsWith("scaling " + other.name() + "/binder refused: tenant " + other.name());
        });
    }

    @Test
    void a_token_is_created_with_basic_credentials_used_listed_and_revoked() throws Exception {
        ApiClient password = ApiClient.basic(port, "viewer", "demo");
        HttpResponse<String> created = password.post("/api/v1/tokens", "{\"name\": \"wallboard script\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String secret = json.readTree(created.body()).get("token").asString();
        String id = json.readTree(created.body()).get("id").asString();
        ApiClient bearer = ApiClient.bearer(port, secret);

        assertThat(bearer.get("/api/v1/tenants").statusCode()).isEqualTo(200);
        assertThat(bearer.get("/api/v1/tokens").body()).contains("wallboard script").doesNotContain(secret);
        assertThat(password.post("/api/v1/tokens", "{\"name\": \"wallboard script\"}").statusCode()).isEqualTo(409);
        assertThat(password.post("/api/v1/tokens", "{\"nom\": \"x\"}").body()).contains("field 'nom'");
        assertThat(password.post("/api/v1/tokens", "{\"name\": \"\"}").statusCode()).isEqualTo(400);
        assertThat(bearer.post("/api/v1/tokens", "{\"name\": \"from a token\"}").statusCode()).isEqualTo(401);
        String adminToken = json.readTree(ApiClient.basic(port, "admin", "demo")
                .post("/api/v1/tokens", "{\"name\": \"admin's\"}").body()).get("id").asString();
        assertThat(bearer.delete("/api/v1/tokens/" + adminToken).statusCode()).isEqualTo(403);

        assertThat(bearer.delete("/api/v1/tokens/" + id).statusCode()).isEqualTo(204);

        HttpResponse<String> revoked = bearer.get("/api/v1/tenants");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("unknown, revoked");
        assertThat(ApiClient.anonymous(port).post("/api/v1/tokens", "{\"name\": \"x\"}").headers()
                .firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Vigie\"");
    }

    @Test
    void repeated_wrong_passwords_pause_sign_in_for_that_user_even_with_the_right_one_and_are_audited() {
        users.createLocal("throttle-target", "the-right-password", EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        for (int i = 0; i < 5; i++) {
            assertThat(ApiClient.basic(port, "throttle-target", "wrong " + i).post("/api/v1/tokens", "{\"name\": \"x\"}")
                    .statusCode()).isEqualTo(401);
        }

        HttpResponse<String> paused = ApiClient.basic(port, "throttle-target", "the-right-password")
                .post("/api/v1/tokens", "{\"name\": \"x\"}");

        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        List<AuditRecord> records = audit.find(new AuditFilter(null, "throttle-target", null, null));
        assertThat(records).extracting(AuditRecord::outcome).containsExactly(Outcome.FAILED, Outcome.FAILED,
                Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.DENIED);
        assertThat(records).allSatisfy(record -> assertThat(record.action()).isEqualTo(SecurityAudit.SIGN_IN));
    }

    @Test
    void sessions_close_after_the_configured_idle_time_even_with_a_page_open() {
        assertThat(web.getServletContext().getSessionTimeout()).isEqualTo(30);
        assertThat(vaadin.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    private Tenant tenantIn(String region) {
        return catalogue.all().stream().filter(t -> t.region().equals(region)).findFirst().orElseThrow();
    }
}
