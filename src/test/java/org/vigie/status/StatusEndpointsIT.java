package org.vigie.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatusEndpointsIT {

    static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @LocalServerPort
    int port;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    final HttpClient http = HttpClient.newHttpClient();
    ApiClient viewer;

    @BeforeEach
    void everyTenantProbedAndEvaluated() {
        viewer = ApiClient.as(port, "viewer", users, tokens);
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenants().size() == catalogue.all().size()
                && fleet.current().tenants().stream().allMatch(t -> t.probe() != null && t.status() != Status.GREY));
    }

    @Test
    void the_anonymous_status_api_says_state_since_when_and_a_sentence_without_internal_figures() throws Exception {
        HttpResponse<String> response = get("/api/v1/status", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("tenants")).hasSize(catalogue.all().size());
        for (JsonNode tenant : body.get("tenants")) {
            assertThat(tenant.propertyNames()).containsExactly("name", "displayName", "region", "status", "state",
                    "since", "message");
            assertThat(tenant.get("state").asString()).isIn("Opérationnel", "Perturbé", "Incident en cours",
                    "État inconnu", "En cours de mise en service", "Suspendu");
            assertThat(tenant.get("since").asString()).isNotBlank();
        }
        assertThat(response.body()).doesNotContain("replicas").doesNotContain("sessions").doesNotContain("HTTP ")
                .doesNotContain("\"desired\"").doesNotContain("\"reasons\"");
        assertThat(get("/api/v1/status/details", null).statusCode()).isEqualTo(401);
    }

    @Test
    void the_detailed_status_api_serves_every_tenant_with_services_and_reasons_and_honours_the_etag() throws Exception {
        HttpResponse<String> response = getDetails(null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("generatedAt").asString()).isNotBlank();
        assertThat(body.get("tenants")).hasSize(catalogue.all().size());
        JsonNode first = body.get("tenants").get(0);
        assertThat(first.propertyNames()).containsExactly("name", "displayName", "region", "status", "reasons", "services");
        assertThat(first.get("services").get(0).propertyNames())
                .containsExactly("name", "status", "desired", "ready", "reasons");
        for (JsonNode tenant : body.get("tenants")) {
            TenantState state = fleet.current().tenant(tenant.get("name").asString()).orElseThrow();
            assertThat(tenant.get("status").asString()).isIn("GREEN", "AMBER", "RED", "GREY");
            assertThat(tenant.get("services")).hasSize(state.services().size());
        }

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = getDetails(etag);
        assertThat(again.statusCode()).isIn(200, 304);
        if (again.statusCode() == 304) {
            assertThat(again.body()).isEmpty();
        } else {
            assertThat(again.headers().firstValue("ETag")).isNotEqualTo(etag);
        }
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        for (String path : new String[] {"/", "/board", "/status", "/api/v1/status", "/actuator/health"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void a_client_accepting_gzip_gets_the_same_document_compressed() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/status")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String json = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder().build().readTree(json).get("tenants")).hasSize(catalogue.all().size());
    }

    @Test
    void the_light_status_page_names_every_tenant_without_a_vaadin_session() throws Exception {
        HttpResponse<String> response = get("/status", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        for (String path : new String[] {"/status", "/api/v1/status"}) {
            HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
        }
        assertThat(response.body()).doesNotContain("http-equiv=\"refresh\"").contains("id=\"auto-refresh\"")
                .contains(StatusPageController.AUTO_REFRESH);
        catalogue.all().forEach(t -> assertThat(response.body()).contains(HtmlUtils.htmlEscape(t.displayName(), "UTF-8")));
        assertThat(response.body()).contains("Île-de-France").contains("depuis le ").doesNotContain("replicas")
                .doesNotContain("sessions for a capacity");
    }

    @Test
    void the_status_api_requests_are_counted_under_their_own_path() throws Exception {
        assertThat(get("/api/v1/status", null).statusCode()).isEqualTo(200);
        assertThat(getDetails(null).statusCode()).isEqualTo(200);

        List<String> counted = get("/actuator/prometheus", null).body().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")).toList();
        assertThat(counted).anySatisfy(line -> assertThat(line).contains("uri=\"/api/v1/status\"", "status=\"200\""));
        assertThat(counted).anySatisfy(line -> assertThat(line).contains("uri=\"/api/v1/status/details\"", "status=\"200\""));
    }

    @Test
    void only_a_get_of_the_exact_public_path_is_answered_without_identity() throws Exception {
        assertThat(get("/api/v1/status?lang=%3Cscript%3E", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/status/", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/STATUS", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/status;jsessionid=1", null).statusCode()).isEqualTo(400);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/status")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(post.body()).doesNotContain("tenants");
    }

    @Test
    void the_prometheus_exposition_has_the_fleet_gauges_and_passes_promtool() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("vigie_tenant_status{region=\"auvergne-rhone-alpes\",tenant=\"ara-lycees\"}")
                .contains("vigie_service_replicas_ready{region=\"auvergne-rhone-alpes\",service=\"sso\",tenant=\"ara-lycees\"}")
                .contains("vigie_tenant_quota_used_ratio{region=\"auvergne-rhone-alpes\",resource=\"cpu\",tenant=\"ara-lycees\"}")
                .contains("vigie_region_status{region=\"hauts-de-france\"}")
                .contains("vigie_probe_latency_seconds_bucket{region=\"auvergne-rhone-alpes\",tenant=\"ara-lycees\"");
        assertThat(Files.isExecutable(PROMTOOL))
                .as("promtool (Debian package prometheus) is needed; .ci/run installs it").isTrue();
        Process promtool = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true).start();
        promtool.getOutputStream().write(response.body().getBytes(StandardCharsets.UTF_8));
        promtool.getOutputStream().close();
        String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(promtool.exitValue()).as(output).isZero();
    }

    private HttpResponse<String> getDetails(String ifNoneMatch) {
        return ifNoneMatch == null ? viewer.get("/api/v1/status/details")
                : viewer.get("/api/v1/status/details", "If-None-Match", ifNoneMatch);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
