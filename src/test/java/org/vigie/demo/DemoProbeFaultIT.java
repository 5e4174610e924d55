package org.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Reason;
import org.vigie.health.ReasonCode;
import org.vigie.health.Status;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.ApiClient;

/** A demo probe fault turns the tenant red at its next probe (every 2 s here), and bad fault requests are refused. */
@QuickFaultDetection
class DemoProbeFaultIT {

    static final String TENANT = "haute-vienne-colleges";

    @LocalServerPort
    int port;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @AfterEach
    void heal() throws Exception {
        send("DELETE", TENANT, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet.current().tenant(TENANT)
                .map(t -> t.health().reasons().stream().noneMatch(r -> r.code() == ReasonCode.PROBE_FAILING))
                .orElse(false));
    }

    @Test
    void a_failing_health_url_turns_its_tenant_red_with_the_status_it_answered() throws Exception {
        HttpResponse<String> set = send("PUT", TENANT, "{\"mode\": \"failing\", \"status\": 503}");

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet.current().tenant(TENANT)
                .map(t -> t.status() == Status.RED).orElse(false));
        assertThat(fleet.current().tenant(TENANT).orElseThrow().health().reasons())
                .extracting(Reason::code, Reason::status, Reason::message).contains(said(ReasonCode.PROBE_FAILING, Status.RED, "health URL answered HTTP 503"));
    }

    @Test
    void bad_fault_requests_are_refused_with_a_precise_problem_and_change_nothing() throws Exception {
        HttpResponse<String> badMode = send("PUT", TENANT, "{\"mode\": \"sleepy\"}");
        HttpResponse<String> badStatus = send("PUT", TENANT, "{\"mode\": \"failing\", \"status\": 200}");
        HttpResponse<String> unknown = send("PUT", "atlantide", "{\"mode\": \"failing\", \"status\": 503}");

        assertThat(badMode.statusCode()).isEqualTo(400);
        assertThat(badMode.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(badMode.body()).contains("field 'mode': value \\\"sleepy\\\" is not allowed; expected \\\"slow\\\" or \\\"failing\\\"");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("field 'status': value 200 is not allowed; expected an HTTP error status from 400 to 599");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no tenant named 'atlantide' in the catalogue");
        assertThat(fleet.current().tenant(TENANT).orElseThrow().health().reasons())
                .noneMatch(r -> r.code() == ReasonCode.PROBE_FAILING);
    }

    private HttpResponse<String> send(String method, String tenant, String json) {
        ApiClient operator = ApiClient.as(port, "operator", users, tokens);
        String path = "/api/v1/demo/tenants/" + tenant + "/probe-fault";
        return method.equals("PUT") ? operator.put(path, json) : operator.delete(path);
    }

    private static org.assertj.core.groups.Tuple said(ReasonCode code, Status status, String message) {
        return org.assertj.core.groups.Tuple.tuple(code, status, message);
    }
}
