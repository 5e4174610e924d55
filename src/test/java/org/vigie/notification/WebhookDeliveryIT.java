package org.vigie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.incident.Declaration;
import org.vigie.incident.Incidents;
import org.vigie.incident.UpdateRequest;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.ApiClient;
import org.vigie.testing.Callers;
import org.vigie.testing.DemoFleet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks against a real HTTP receiver on a loopback port: configured through the API by an ADMIN,
 * delivered signed, retried after a failing answer, each attempt recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookDeliveryIT {

    static final String SECRET = "un-secret-partagé-de-test-2026";
    static final String VICTIM = "somme-colleges";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Incidents incidents;

    @Autowired
    Webhooks webhooks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    TenantCatalogue catalogue;

    final JsonMapper json = JsonMapper.builder().build();
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    final Deque<Integer> answers = new ArrayDeque<>();
    HttpServer receiver;
    String webhookId;

    record Received(Map<String, List<String>> headers, byte[] body, int answered) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks/vigie", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            synchronized (answers) {
                status = answers.isEmpty() ? 204 : answers.poll();
            }
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        if (webhookId != null) {
            webhooks.remove(Callers.admin(), UUID.fromString(webhookId));
        }
        incidents.list(true).forEach(i -> incidents.update(Callers.operator(), i.id(),
                new UpdateRequest(null, false, "resolved", null, null)));
        receiver.stop(0);
    }

    String subscribe(String... events) {
        ApiClient admin = ApiClient.as(port, "admin", users, tokens);
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/vigie";
        HttpResponse<String> created = admin.post("/api/v1/webhooks", json.writeValueAsString(
                Map.of("url", url, "secret", SECRET, "events", List.of(events))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = json.readTree(created.body());
        assertThat(answer.get("secret").stringValue()).isEqualTo(SECRET);
        webhookId = answer.get("id").stringValue();
        return webhookId;
    }

    @Test
    void a_declared_incident_is_delivered_signed_after_two_failing_answers_and_every_attempt_is_recorded() {
        synchronized (answers) {
            answers.addAll(List.of(503, 500));
        }
        subscribe("incident.declared");
        String title = "Lenteurs SSO " + UUID.randomUUID();

        incidents.declare(Callers.operator(), new Declaration(title, "SEV2", List.of(VICTIM), List.of(), "Connexions lentes",
                null, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 3);
        assertThat(received).extracting(Received::answered).containsExactly(503, 500, 204);
        String delivery = received.getFirst().header(WebhookSender.DELIVERY);
        for (Received attempt : received) {
            assertThat(attempt.header(WebhookSender.DELIVERY)).isEqualTo(delivery);
            assertThat(attempt.header(WebhookSender.EVENT)).isEqualTo("incident.declared");
            assertThat(WebhookSignature.verifies(SECRET, attempt.body(), attempt.header(WebhookSignature.HEADER)))
                    .isTrue();
            assertThat(WebhookSignature.verifies("un-autre-secret-de-test", attempt.body(),
                    attempt.header(WebhookSignature.HEADER))).isFalse();
        }
        JsonNode body = json.readTree(received.getLast().body());
        assertThat(body.get("deliveryId").stringValue()).isEqualTo(delivery);
        assertThat(body.get("event").stringValue()).isEqualTo("incident.declared");
        assertThat(body.get("incident").get("title").stringValue()).isEqualTo(title);
        assertThat(body.get("incident").get("tenants").get(0).stringValue()).isEqualTo(VICTIM);

        await().atMost(Duration.ofSeconds(5)).until(() -> state(delivery).equals("DELIVERED"));
        assertThat(jdbc.sql("select http_status from webhook_attempt where delivery_id = :id order by attempt")
                .param("id", UUID.fromString(delivery)).query(Integer.class).list()).containsExactly(503, 500, 204);
    }

    @Test
    void a_refusing_receiver_is_not_retried_and_the_delivery_ends_failed_with_its_status() {
        synchronized (answers) {
            answers.add(410);
        }
        subscribe("incident.declared");

        incidents.declare(Callers.operator(), new Declaration("Webhook refusé " + UUID.randomUUID(), "SEV3",
                List.of(VICTIM), List.of(), "Essai", null, null));

        await().atMost(Duration.ofSeconds(15)).until(() -> !received.isEmpty());
        String delivery = received.getFirst().header(WebhookSender.DELIVERY);
        await().atMost(Duration.ofSeconds(5)).until(() -> state(delivery).equals("FAILED"));
        assertThat(received).hasSize(1);
        assertThat(jdbc.sql("select http_status from webhook_attempt where delivery_id = :id")
                .param("id", UUID.fromString(delivery)).query(Integer.class).list()).containsExactly(410);
    }

    @Test
    void a_tenant_turning_red_is_delivered_once_with_its_reasons() {
        DemoFleet.settled(fleet, VICTIM);
        subscribe("tenant.red");

        DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", "unavailable");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> received.stream()
                    .anyMatch(r -> new String(r.body(), StandardCharsets.UTF_8).contains(VICTIM)));
        } finally {
            DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", null);
            await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(VICTIM)
                    .map(t -> t.status() != Status.RED).orElse(false));
        }
        List<JsonNode> aboutVictim = received.stream().map(r -> json.readTree(r.body()))
                .filter(b -> b.get("tenant").get("name").stringValue().equals(VICTIM)).toList();
        assertThat(aboutVictim).hasSize(1);
        assertThat(aboutVictim.getFirst().get("event").stringValue()).isEqualTo("tenant.red");
        assertThat(aboutVictim.getFirst().get("tenant").get("to").stringValue()).isEqualTo("RED");
        assertThat(aboutVictim.getFirst().get("tenant").get("reasons").toString()).contains("sso");
    }

    @Test
    void only_an_admin_configures_webhooks_and_a_bad_url_is_refused_naming_the_field() {
        ApiClient operator = ApiClient.as(port, "operator", users, tokens);
        ApiClient admin = ApiClient.as(port, "admin", users, tokens);
        String valid = json.writeValueAsString(Map.of("url", "https://chat.example.fr/hooks", "events",
                List.of("tenant.red")));

        assertThat(operator.post("/api/v1/webhooks", valid).statusCode()).isEqualTo(403);
        HttpResponse<String> badUrl = admin.post("/api/v1/webhooks", json.writeValueAsString(Map.of("url",
                "file:///etc/passwd", "events", List.of("tenant.red"))));
        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(badUrl.body()).contains("url", "file:///etc/passwd", "http or https");
        HttpResponse<String> badEvent = admin.post("/api/v1/webhooks", json.writeValueAsString(Map.of("url",
                "https://chat.example.fr/hooks", "events", List.of("tenant.purple"))));
        assertThat(badEvent.statusCode()).isEqualTo(400);
        assertThat(badEvent.body()).contains("events", "tenant.purple", "tenant.red");
        HttpResponse<String> badPort = admin.post("/api/v1/webhooks", json.writeValueAsString(Map.of("url",
                "https://chat.example.fr:99999/hooks", "events", List.of("tenant.red"))));
        assertThat(badPort.statusCode()).isEqualTo(400);
        assertThat(badPort.body()).contains("port", "1 to 65535");
        assertThat(webhooks.all()).noneMatch(w -> w.url().startsWith("file:") || w.url().contains(":99999"));
    }

    private String state(String delivery) {
        return jdbc.sql("select state from webhook_delivery where id = :id").param("id", UUID.fromString(delivery))
                .query(String.class).single();
    }
}
