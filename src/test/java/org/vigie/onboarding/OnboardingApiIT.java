package org.vigie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.cluster.ClusterConnections;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The onboarding flow through REST against the embedded API server and PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A context of its own (its @DynamicPropertySource): closed after the class, not left running in the cache.
@DirtiesContext
class OnboardingApiIT {

    static final Path TENANTS = OnboardingDocuments.copyOfTenants();

    @DynamicPropertySource
    static void tenantsDir(DynamicPropertyRegistry properties) {
        properties.add("vigie.tenants.dir", TENANTS::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TenantCatalogue catalogue;
    @Autowired
    ClusterConnections clusters;
    @Autowired
    Applier applier;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient manager;

    @BeforeEach
    void signIn() {
        manager = ApiClient.as(port, "manager", users, tokens);
    }

    @AfterEach
    void noInjectedFailure() {
        applier.beforeWrite = (step, object) -> { };
    }

    KubernetesClient lyon() {
        return clusters.client("plaque-lyon").orElseThrow();
    }

    JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    JsonNode plan(String document) {
        HttpResponse<String> response = manager.post("/api/v1/onboardings", document);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response);
    }

    JsonNode applied(String id, String state) {
        HttpResponse<String> response = manager.post("/api/v1/onboardings/" + id + "/apply", "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> body(manager.get("/api/v1/onboardings/" + id))
                .get("state").stringValue().equals(state));
        return body(manager.get("/api/v1/onboardings/" + id));
    }

    @Test
    void a_tenant_is_planned_applied_and_lands_in_the_catalogue_and_its_file() throws IOException {
        JsonNode run = plan(OnboardingDocuments.loire("loire-colleges"));
        assertThat(run.get("state").stringValue()).isEqualTo("planned");
        assertThat(run.get("objects").valueStream().map(o -> o.get("action").stringValue())).containsOnly("create");
        assertThat(lyon().namespaces().withName("ent-loire-colleges").get()).isNull();

        JsonNode done = applied(run.get("id").stringValue(), "ready");

        assertThat(done.get("steps").valueStream().map(s -> s.get("outcome").stringValue())).containsOnly("done");
        assertThat(catalogue.find("loire-colleges")).isPresent();
        assertThat(lyon().namespaces().withName("ent-loire-colleges").get().getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/managed-by", "vigie");
        HttpResponse<String> yaml = manager.get("/api/v1/onboardings/" + run.get("id").stringValue() + "/tenant.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("name: \"loire-colleges\"");
        assertThat(Files.readString(TENANTS.resolve("loire-colleges.yaml"))).isEqualTo(yaml.body());
        assertThat(manager.post("/api/v1/onboardings", OnboardingDocuments.loire("loire-colleges")).statusCode())
                .isEqualTo(409);
    }

    @Test
    void applying_the_same_contract_again_changes_nothing() {
        applied(plan(OnboardingDocuments.loire("loire-again")).get("id").stringValue(), "ready");
        String version = lyon().apps().deployments().inNamespace("ent-loire-again").withName("sso").get()
                .getMetadata().getResourceVersion();

        HttpResponse<String> change = manager.post("/api/v1/onboardings/changes", OnboardingDocuments.loire("loire-again"));
        assertThat(change.statusCode()).as(change.body()).isEqualTo(201);
        assertThat(body(change).get("objects").valueStream().map(o -> o.get("action").stringValue()))
                .containsOnly("unchanged");
        JsonNode again = applied(body(change).get("id").stringValue(), "ready");

        assertThat(again.get("steps").valueStream().map(s -> s.get("created").booleanValue())).containsOnly(false);
        assertThat(lyon().apps().deployments().inNamespace("ent-loire-again").withName("sso").get()
                .getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void each_pre_flight_refusal_creates_nothing() {
        int before = catalogue.all().size();
        HttpResponse<String> taken = manager.post("/api/v1/onboardings",
                OnboardingDocuments.loire("loire-taken", "plaque-lyon", "ent-ara-lycees", "16", 8));
        HttpResponse<String> unknown = manager.post("/api/v1/onboardings",
                OnboardingDocuments.loire("loire-nowhere", "plaque-nantes", "ent-loire-nowhere", "16", 8));
        HttpResponse<String> tooBig = manager.post("/api/v1/onboardings",
                OnboardingDocuments.loire("loire-big", "plaque-lyon", "ent-loire-big", "2", 8));
        HttpResponse<String> invalid = manager.post("/api/v1/onboardings",
                OnboardingDocuments.loire("Loire!", "plaque-lyon", "ent-loire-bad", "16", 8));

        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        assertThat(taken.body()).contains("spec.namespace").contains("ara-lycees");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("spec.cluster").contains("plaque-nantes");
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(422);
        assertThat(tooBig.body()).contains("spec.services[0].requests.cpu");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.body()).contains("metadata.name");
        assertThat(catalogue.all()).hasSize(before);
        assertThat(Stream.of("ent-loire-nowhere", "ent-loire-big", "ent-loire-bad")
                .map(ns -> lyon().namespaces().withName(ns).get())).containsOnlyNulls();
    }

    @Test
    void a_failure_at_step_four_rolls_back_what_the_run_created_and_nothing_else() {
        lyon().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("ent-loire-failing")
                .addToLabels("kept", "yes").addToLabels("vigie.io/tenant", "loire-failing").endMetadata().build())
                .create();
        JsonNode run = plan(OnboardingDocuments.loire("loire-failing"));
        assertThat(run.get("objects").get(0).get("action").stringValue()).isEqualTo("update");
        applier.beforeWrite = (step, object) -> {
            if (step == 4) {
                throw new IllegalStateException("refused by the API server (injected)");
            }
        };
        String id = run.get("id").stringValue();

        JsonNode failed = applied(id, "failed");
        assertThat(failed.get("failure").get("step").intValue()).isEqualTo(4);
        assertThat(lyon().resourceQuotas().inNamespace("ent-loire-failing").list().getItems()).isNotEmpty();

        HttpResponse<String> rollback = manager.post("/api/v1/onboardings/" + id + "/rollback", "{}");
        assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
        assertThat(body(rollback).get("state").stringValue()).isEqualTo("rolled-back");
        assertThat(lyon().resourceQuotas().inNamespace("ent-loire-failing").list().getItems()).isEmpty();
        assertThat(lyon().limitRanges().inNamespace("ent-loire-failing").list().getItems()).isEmpty();
        assertThat(lyon().namespaces().withName("ent-loire-failing").get().getMetadata().getLabels())
                .containsEntry("kept", "yes");
        assertThat(catalogue.find("loire-failing")).isEmpty();
    }

    @Test
    void an_existing_namespace_of_no_tenant_is_not_taken_over() {
        lyon().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("ent-loire-squat")
                .addToLabels("owner", "platform-team").endMetadata().build()).create();

        HttpResponse<String> refused = manager.post("/api/v1/onboardings", OnboardingDocuments.loire("loire-squat"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("spec.namespace").contains("ent-loire-squat");
        assertThat(lyon().namespaces().withName("ent-loire-squat").get().getMetadata().getLabels())
                .containsOnlyKeys("owner");
    }

    @Test
    void a_reason_with_a_line_break_is_refused_before_anything_is_planned() {
        HttpResponse<String> refused = manager.post("/api/v1/onboardings?reason=a%0Ab",
                OnboardingDocuments.loire("loire-reason"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("reason");
    }

    @Test
    void a_suspended_tenant_keeps_its_namespace_with_no_replica_and_no_autoscaler() {
        applied(plan(OnboardingDocuments.loire("loire-paused")).get("id").stringValue(), "ready");
        HttpResponse<String> missing = manager.post("/api/v1/onboardings/suspensions", "{\"reason\": \"unpaid\"}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(422);
        assertThat(missing.body()).contains("tenant");

        HttpResponse<String> suspend = manager.post("/api/v1/onboardings/suspensions", "{\"tenant\": \"loire-paused\"}");
        assertThat(suspend.statusCode()).as(suspend.body()).isEqualTo(201);
        applied(body(suspend).get("id").stringValue(), "ready");

        assertThat(lyon().namespaces().withName("ent-loire-paused").get()).isNotNull();
        assertThat(lyon().apps().deployments().inNamespace("ent-loire-paused").list().getItems())
                .allMatch(d -> d.getSpec().getReplicas() == 0);
        assertThat(lyon().autoscaling().v2().horizontalPodAutoscalers().inNamespace("ent-loire-paused").list()
                .getItems()).isEmpty();
        assertThat(catalogue.find("loire-paused").orElseThrow().lifecycle())
                .isEqualTo(org.vigie.tenant.Tenant.Lifecycle.SUSPENDED);
    }

    @Test
    void a_quota_above_what_the_nodes_can_still_give_is_refused() {
        KubernetesClient bordeaux = clusters.client("plaque-bordeaux").orElseThrow();
        var node = bordeaux.nodes().resource(new io.fabric8.kubernetes.api.model.NodeBuilder().withNewMetadata()
                .withName("small-node").endMetadata().withNewStatus()
                .addToAllocatable("cpu", new io.fabric8.kubernetes.api.model.Quantity("64"))
                .addToAllocatable("memory", new io.fabric8.kubernetes.api.model.Quantity("256Gi")).endStatus().build());
        node.create();
        try {
            HttpResponse<String> refused = manager.post("/api/v1/onboardings",
                    OnboardingDocuments.loire("loire-crowded", "plaque-bordeaux", "ent-loire-crowded", "16", 8));

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.body()).contains("spec.quota.cpu").contains("allocatable 64");
            assertThat(bordeaux.namespaces().withName("ent-loire-crowded").get()).isNull();
        } finally {
            node.delete();
        }
    }

    @Test
    void viewers_and_operators_are_refused() {
        for (String user : new String[] {"viewer", "operator"}) {
            ApiClient other = ApiClient.as(port, user, users, tokens);
            assertThat(other.post("/api/v1/onboardings", OnboardingDocuments.loire("loire-" + user)).statusCode())
                    .isEqualTo(403);
            assertThat(other.get("/api/v1/onboardings/" + UUID.randomUUID()).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void offboarding_needs_the_tenant_name_typed() {
        applied(plan(OnboardingDocuments.loire("loire-leaving")).get("id").stringValue(), "ready");

        HttpResponse<String> wrong = manager.post("/api/v1/onboardings/offboardings",
                "{\"tenant\": \"loire-leaving\", \"confirm\": \"loire\"}");
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.body()).contains("confirm");
        HttpResponse<String> right = manager.post("/api/v1/onboardings/offboardings",
                "{\"tenant\": \"loire-leaving\", \"confirm\": \"loire-leaving\", \"reason\": \"contract ended\"}");
        assertThat(right.statusCode()).as(right.body()).isEqualTo(201);
        applied(body(right).get("id").stringValue(), "ready");

        assertThat(lyon().namespaces().withName("ent-loire-leaving").get()).isNull();
        assertThat(catalogue.find("loire-leaving")).isEmpty();
        assertThat(TENANTS.resolve("loire-leaving.yaml")).doesNotExist();
    }

    @Test
    void a_cluster_going_away_mid_apply_stops_the_run_at_its_step_and_resume_finishes_it_once_it_is_back() {
        ApiClient operator = ApiClient.as(port, "operator", users, tokens);
        String fault = "/api/v1/demo/clusters/plaque-lyon/fault";
        JsonNode plan = body(manager.post("/api/v1/onboardings", OnboardingDocuments.loire("loire-cluster-down")));
        String id = plan.get("id").asString();
        applier.beforeWrite = (step, object) -> {
            if (step == 3) {
                assertThat(operator.put(fault, "{\"mode\": \"down\"}").statusCode()).isEqualTo(200);
            }
        };
        try {
            manager.post("/api/v1/onboardings/" + id + "/apply", "{}");
            await().atMost(Duration.ofSeconds(60)).until(() -> body(manager.get("/api/v1/onboardings/" + id))
                    .get("state").asString().equals("failed"));
            JsonNode failed = body(manager.get("/api/v1/onboardings/" + id));
            assertThat(failed.get("failure").get("step").asInt()).isEqualTo(3);
            assertThat(catalogue.find("loire-cluster-down")).isEmpty();
        } finally {
            applier.beforeWrite = (step, object) -> { };
            assertThat(operator.delete(fault).statusCode()).isIn(200, 204);
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            manager.post("/api/v1/onboardings/" + id + "/apply", "{}");
            assertThat(body(manager.get("/api/v1/onboardings/" + id)).get("state").asString()).isEqualTo("ready");
        });
        assertThat(catalogue.find("loire-cluster-down")).isPresent();
        assertThat(lyon().apps().deployments().inNamespace("ent-loire-cluster-down").withName("sso").get()).isNotNull();
    }
}
