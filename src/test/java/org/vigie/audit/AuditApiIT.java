package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditLog audit;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void an_operator_takes_a_signed_checkpoint_and_verifies_the_chain_against_it() {
        ApiClient operator = ApiClient.as(port, "operator", users, tokens);
        audit.append(new AuditEntry("api-audit", "scale", "nord-colleges", "sso", 3, 4, "drill", null,
                Outcome.REQUESTED, "replicas", UUID.randomUUID(), null));

        HttpResponse<String> taken = operator.get("/api/v1/audit/checkpoint");
        JsonNode checkpoint = json.readTree(taken.body());
        JsonNode verified = json.readTree(operator.post("/api/v1/audit/verify", taken.body()).body());
        JsonNode forged = json.readTree(operator.post("/api/v1/audit/verify",
                taken.body().replace("\"records\":" + checkpoint.get("records").asLong(), "\"records\":1")).body());
        String metrics = ApiClient.anonymous(port).get("/actuator/prometheus").body();

        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(checkpoint.propertyNames()).containsExactly("records", "head", "at", "keyId", "signature");
        assertThat(checkpoint.get("keyId").asString()).startsWith("ephemeral-");
        assertThat(verified.get("ok").asBoolean()).as(verified::toString).isTrue();
        assertThat(verified.get("summary").asString()).startsWith("Chain intact: ")
                .contains("keyed (HMAC-SHA256) since record #").contains("consistent with the checkpoint of "
                        + checkpoint.get("at").asString());
        assertThat(forged.get("ok").asBoolean()).isFalse();
        assertThat(forged.get("problem").asString()).startsWith("the checkpoint's signature is not valid");
        assertThat(metrics).containsPattern("(?m)^vigie_audit_records(\\{[^}]*\\})? [0-9.E]+$");
        assertThat(json.readTree(operator.get("/api/v1/audit/verify").body()).get("ok").asBoolean()).isTrue();
    }

    @Test
    void a_checkpoint_that_is_not_one_is_refused_with_the_field_named() {
        ApiClient operator = ApiClient.as(port, "operator", users, tokens);
        String valid = operator.get("/api/v1/audit/checkpoint").body();

        HttpResponse<String> badHead = operator.post("/api/v1/audit/verify", valid.replaceAll("\"head\":\"[0-9a-f]+\"",
                "\"head\":\"xyz\""));
        HttpResponse<String> duplicate = operator.post("/api/v1/audit/verify", valid.replace("{", "{\"records\":0,"));
        HttpResponse<String> notJson = operator.post("/api/v1/audit/verify", "records=3");

        assertThat(badHead.statusCode()).isEqualTo(400);
        assertThat(badHead.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(badHead.body()).contains("field 'head': \\\"xyz\\\" is not allowed; expected 64 lower-case hex");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("the checkpoint is not valid JSON").contains("records");
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    @Test
    void checkpoint_and_verify_are_for_operators() {
        ApiClient viewer = ApiClient.as(port, "viewer", users, tokens);

        assertThat(viewer.get("/api/v1/audit/checkpoint").statusCode()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/audit/verify", "{}").statusCode()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/audit/checkpoint").statusCode()).isEqualTo(401);
    }
}
