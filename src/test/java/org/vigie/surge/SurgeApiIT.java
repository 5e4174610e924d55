package org.vigie.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.ApiClient;
import org.vigie.testing.DemoFleet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurgeApiIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    FleetSnapshotPublisher fleet;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient operator;

    @BeforeEach
    void signIn() {
        operator = ApiClient.as(port, "operator", users, tokens);
    }

    @Test
    void a_script_creates_applies_reverts_and_deletes_a_plan() {
        DemoFleet.settled(fleet, "haute-vienne-colleges");
        HttpResponse<String> created = operator.post("/api/v1/surge-plans", """
                {"name": "Rentrée Haute-Vienne", "multiplier": 2.5, "tenants": ["haute-vienne-colleges"],
                 "incident": "INC-7"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode plan = json.readTree(created.body());
        String id = plan.get("id").stringValue();
        assertThat(plan.get("state").stringValue()).isEqualTo("PLANNED");
        assertThat(plan.get("services").get(0).has("from")).isTrue();
        assertThat(plan.get("services").get(0).has("to")).isTrue();
        assertThat(plan.get("calendar").size()).isEqualTo(14);

        HttpResponse<String> applied = operator.post("/api/v1/surge-plans/" + id + "/apply", "");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(json.readTree(applied.body()).get("state").stringValue()).isEqualTo("APPLIED");
        HttpResponse<String> again = operator.post("/api/v1/surge-plans/" + id + "/apply", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(operator.delete("/api/v1/surge-plans/" + id).statusCode()).isEqualTo(409);

        HttpResponse<String> reverted = operator.post("/api/v1/surge-plans/" + id + "/revert", "");
        assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
        assertThat(json.readTree(reverted.body()).get("state").stringValue()).isEqualTo("REVERTED");
        assertThat(operator.delete("/api/v1/surge-plans/" + id).statusCode()).isEqualTo(204);
        assertThat(operator.get("/api/v1/surge-plans/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void hostile_requests_get_precise_problems() {
        assertProblem(operator.post("/api/v1/surge-plans", "{\"name\": 5}"), 400, "field 'name': value \"5\"");
        assertProblem(operator.post("/api/v1/surge-plans", "{\"name\": \"x\", \"multiplier\": \"3\"}"), 400,
                "field 'multiplier'");
        assertProblem(operator.post("/api/v1/surge-plans", "{\"name\": \"x\", \"multiplier\": 3, \"tenants\": [\"nope\"]}"),
                400, "field 'tenants': value \"nope\" is not allowed; expected a tenant of the catalogue");
        assertProblem(operator.post("/api/v1/surge-plans", "{\"name\": \"x\", \"multiplier\": 1e308, \"tenants\": []}"),
                400, "field 'multiplier'");
        assertProblem(operator.post("/api/v1/surge-plans", "{\"name\": \"x\", \"tenants\": {\"a\": 1}}"), 400,
                "field 'tenants'");
        assertProblem(operator.post("/api/v1/surge-plans", "{\"nom\": \"x\"}"), 400, "field 'nom'");
        assertProblem(operator.post("/api/v1/surge-plans", "{\"name\": \"x\", \"multiplier\": 3, \"tenants\": "
                + "[\"somme-colleges\"], \"start\": \"2027-01-01T00:00\", \"end\": \"2027-01-01T01:00\", "
                + "\"timeZone\": \"../../etc/localtime\"}"), 400, "field 'timeZone'");
        assertProblem(operator.get("/api/v1/surge-plans/not-a-uuid"), 400, "field 'id'");
        assertProblem(operator.get("/api/v1/surge-plans/00000000-0000-0000-0000-000000000000"), 404, "no surge plan");
        assertProblem(operator.post("/api/v1/surge-plans/00000000-0000-0000-0000-000000000000/revert", ""), 404,
                "no surge plan");
        ApiClient viewer = ApiClient.as(port, "viewer", users, tokens);
        assertThat(viewer.post("/api/v1/surge-plans", "{\"name\": \"x\"}").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/surge-plans").statusCode()).isEqualTo(200);
    }

    void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").stringValue()).contains(detail);
    }
}
