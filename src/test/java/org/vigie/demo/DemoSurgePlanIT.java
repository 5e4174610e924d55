package org.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.ReasonCode;
import org.vigie.health.Status;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.surge.SurgePlans;
import org.vigie.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo replays a surge ×1.5 on a weekday at 08:00 in Paris, the busiest moment of the school day. The
 * probe runs every second so that its p95 (the last 20 probes) forgets the overload within 20 s. A context
 * of its own (its clock), closed after the class rather than kept running idle in the cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"vigie.demo.surge-factor=1.5",
        "vigie.health.probe-interval=1s"})
@Import(DemoSurgePlanIT.SchoolMorning.class)
@DirtiesContext
class DemoSurgePlanIT {

    static final String NAME = "Démo : fermeture des écoles ×1,5";
    static final Set<ReasonCode> LOAD = EnumSet.of(ReasonCode.OVER_CAPACITY, ReasonCode.NEAR_CAPACITY);

    @TestConfiguration(proxyBeanMethods = false)
    static class SchoolMorning {

        /** The clock moved to the next weekday at 08:00 in Paris, and running from there. */
        @Bean
        @Primary
        Clock schoolMorning() {
            ZoneId paris = ZoneId.of("Europe/Paris");
            ZonedDateTime now = ZonedDateTime.now(paris);
            ZonedDateTime morning = now.toLocalDate().plusDays(1).atTime(8, 0).atZone(paris);
            while (morning.getDayOfWeek() == DayOfWeek.SATURDAY || morning.getDayOfWeek() == DayOfWeek.SUNDAY) {
                morning = morning.plusDays(1);
            }
            return Clock.offset(Clock.systemUTC(), Duration.between(now.toInstant(), morning.toInstant()));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    SurgePlans plans;

    @Autowired
    DemoSurgePlan demoPlan;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_demo_plan_takes_the_tenants_the_surge_overloads_back_to_green_and_reverting_brings_the_surge_back() {
        ApiClient operator = ApiClient.as(port, "operator", users, tokens);
        String id = await().atMost(Duration.ofMinutes(4)).until(() -> planId(operator), java.util.Objects::nonNull);
        Set<String> overloaded = loaded(fleet.current());
        assertThat(overloaded).as("tenants pushed over capacity by ×1.5 at 08:00").hasSizeGreaterThan(5);

        HttpResponse<String> applied = operator.post("/api/v1/surge-plans/" + id + "/apply", "");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(json.readTree(applied.body()).get("state").stringValue()).isEqualTo("APPLIED");
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(statuses(fleet.current(), overloaded))
                .as(applied.body()).allSatisfy((tenant, status) -> assertThat(status).startsWith(Status.GREEN.name())));

        assertThat(operator.post("/api/v1/surge-plans/" + id + "/apply", "").statusCode()).isEqualTo(409);
        assertThat(demoPlan.ensure().orElseThrow().id().toString()).as("a restart finds the plan").isEqualTo(id);
        assertThat(plans.all()).filteredOn(p -> p.name().equals(NAME)).hasSize(1);

        HttpResponse<String> reverted = operator.post("/api/v1/surge-plans/" + id + "/revert", "");
        assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(loaded(fleet.current()))
                .containsAll(overloaded));
        assertThat(demoPlan.ensure().orElseThrow().id().toString()).as("a reverted plan is not made again").isEqualTo(id);
    }

    private String planId(ApiClient operator) {
        JsonNode list = json.readTree(operator.get("/api/v1/surge-plans").body());
        return StreamSupport.stream(list.spliterator(), false).filter(p -> p.get("name").stringValue().equals(NAME))
                .map(p -> p.get("id").stringValue()).findFirst().orElse(null);
    }

    /** Tenants the board shows amber or red because their sessions reach their capacity. */
    static Set<String> loaded(FleetSnapshot snapshot) {
        return snapshot.tenants().stream()
                .filter(t -> t.health().reasons().stream().anyMatch(r -> LOAD.contains(r.code())))
                .map(t -> t.tenant().name()).collect(Collectors.toSet());
    }

    /** Each tenant's colour and the codes of its reasons. */
    static Map<String, String> statuses(FleetSnapshot snapshot, Set<String> tenants) {
        return snapshot.tenants().stream().filter(t -> tenants.contains(t.tenant().name()))
                .collect(Collectors.toMap(t -> t.tenant().name(), t -> t.status() + " " + t.health().reasons().stream()
                        .map(r -> r.code().name()).toList(), (a, b) -> a, TreeMap::new));
    }
}
