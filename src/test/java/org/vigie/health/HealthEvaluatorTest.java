package org.vigie.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.vigie.health.FleetSnapshot.ClusterStatus;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.health.ServiceState.PodTroubles;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant;

class HealthEvaluatorTest {

    static final Instant NOW = Instant.parse("2026-11-23T06:45:00Z");
    static final ClusterStatus FRESH = new ClusterStatus("plaque-test", true, true, true, NOW, NOW);
    static final ProbeSummary PROBE_OK = new ProbeSummary(NOW.minusSeconds(5), null, Duration.ofMillis(90),
            Duration.ofMillis(120), 20);

    final HealthEvaluator evaluator = new HealthEvaluator(Duration.ofSeconds(60));

    static Tenant tenant() {
        return new Tenant("test-colleges", "ENT Test", new Tenant.Authority(Tenant.AuthorityKind.COUNTY, "Test"),
                "test-region", List.of("lyon"), List.of("69"), "plaque-test", "ent-test",
                new Tenant.TenantUrls("https://t.example.fr/", "https://t.example.fr/healthz"),
                new Tenant.Population(10000, 800, 13000), new Tenant.Capacity(600), new Tenant.Slo(99.5, 800),
                new Tenant.ContractQuota("20", "40Gi", 40), List.of(), Tenant.Lifecycle.ACTIVE,
                List.of(spec("sso", Priority.CRITICAL, 2, 6), spec("binder", Priority.ESSENTIAL, 1, 4),
                        spec("chat", Priority.DEFERRABLE, 0, 2)));
    }

    static ServiceSpec spec(String name, Priority priority, int min, int max) {
        return new ServiceSpec(name, priority, min, max, "500m", "1Gi", false);
    }

    static ServiceState running(ServiceSpec spec, int desired, int ready) {
        return new ServiceState(spec, true, desired, ready, ready, desired, 0, PodTroubles.NONE, null);
    }

    /** All green: every service at its desired count, quota at half, load at a third of capacity. */
    static TenantState healthy() {
        Tenant tenant = tenant();
        List<ServiceState> services = List.of(running(tenant.services().get(0), 4, 4),
                running(tenant.services().get(1), 2, 2), running(tenant.services().get(2), 1, 1));
        List<QuotaUsage> quota = List.of(
                new QuotaUsage(Resource.CPU, new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("10")),
                new QuotaUsage(Resource.MEMORY, new BigDecimal("42949672960"), new BigDecimal("42949672960"),
                        new BigDecimal("10737418240")),
                new QuotaUsage(Resource.PODS, new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("7")));
        return new TenantState(tenant, services, quota, 800L, PROBE_OK, NOW, null);
    }

    static TenantState withService(TenantState state, String name, UnaryOperator<ServiceState> change) {
        List<ServiceState> services = new ArrayList<>();
        state.services().forEach(s -> services.add(s.spec().name().equals(name) ? change.apply(s) : s));
        return new TenantState(state.tenant(), services, state.quota(), state.sessions(), state.probe(),
                state.observedAt(), null);
    }

    static TenantState withQuotaUsed(TenantState state, Resource resource, String used) {
        List<QuotaUsage> quota = state.quota().stream().map(q -> q.resource() != resource ? q
                : new QuotaUsage(resource, q.contract(), q.hard(), new BigDecimal(used))).toList();
        return new TenantState(state.tenant(), state.services(), quota, state.sessions(), state.probe(),
                state.observedAt(), null);
    }

    static TenantState withSessions(TenantState state, long sessions) {
        return new TenantState(state.tenant(), state.services(), state.quota(), sessions, state.probe(),
                state.observedAt(), null);
    }

    static TenantState withProbe(TenantState state, ProbeSummary probe) {
        return new TenantState(state.tenant(), state.services(), state.quota(), state.sessions(), probe,
                state.observedAt(), null);
    }

    TenantHealth evaluate(TenantState state) {
        return evaluator.evaluate(state, FRESH, NOW);
    }

    static List<ReasonCode> codes(TenantHealth health) {
        return health.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void fresh_data_with_nothing_wrong_is_green_without_reasons() {
        TenantHealth health = evaluate(healthy());

        assertThat(health.status()).isEqualTo(Status.GREEN);
        assertThat(health.reasons()).isEmpty();
        assertThat(health.services()).allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.GREEN));
    }

    @Test
    void some_replicas_unavailable_above_the_minimum_is_amber_with_the_counts() {
        TenantHealth health = evaluate(withService(healthy(), "sso", s -> running(s.spec(), 6, 4)));

        assertThat(health.status()).isEqualTo(Status.AMBER);
        assertThat(health.reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(
                said(ReasonCode.REPLICAS_UNAVAILABLE, Status.AMBER, "4 of 6 sso replicas ready"));
    }

    @Test
    void ready_replicas_below_the_minimum_is_red() {
        TenantHealth health = evaluate(withSessions(withService(healthy(), "sso", s -> running(s.spec(), 6, 1)), 0));

        assertThat(health.status()).isEqualTo(Status.RED);
        assertThat(health.reasons()).extracting(Reason::message).containsExactly("1 of 6 sso replicas ready (minimum 2)");
    }

    @Test
    void a_critical_service_scaled_below_its_minimum_with_every_replica_ready_is_red() {
        TenantHealth health = evaluate(withSessions(withService(healthy(), "sso", s -> running(s.spec(), 1, 1)), 0));

        assertThat(health.status()).isEqualTo(Status.RED);
        assertThat(health.service("sso").orElseThrow().reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(said(
                ReasonCode.REPLICAS_UNAVAILABLE, Status.RED, "1 sso replica(s) ready, below its minimum of 2"));
    }

    @Test
    void no_ready_replica_of_a_critical_service_is_red() {
        TenantHealth health = evaluate(withService(healthy(), "sso", s -> running(s.spec(), 6, 0)));

        assertThat(health.status()).isEqualTo(Status.RED);
        assertThat(health.service("sso").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("0 of 6 sso replicas ready");
    }

    @Test
    void a_service_scaled_to_zero_below_its_minimum_is_red_and_a_deferrable_one_at_zero_is_green() {
        assertThat(evaluate(withService(healthy(), "binder", s -> running(s.spec(), 0, 0))).reasons())
                .extracting(Reason::code, Reason::status, Reason::message).containsExactly(said(ReasonCode.REPLICAS_UNAVAILABLE, Status.RED, "binder is scaled to 0 (minimum 1)"));
        assertThat(evaluate(withService(healthy(), "chat", s -> running(s.spec(), 0, 0))).status())
                .isEqualTo(Status.GREEN);
    }

    @Test
    void a_missing_deployment_is_not_deployed() {
        TenantHealth health = evaluate(withService(healthy(), "binder",
                s -> new ServiceState(s.spec(), false, 0, 0, 0, 0, 0, PodTroubles.NONE, null)));

        assertThat(health.status()).isEqualTo(Status.RED);
        assertThat(codes(health)).containsExactly(ReasonCode.NOT_DEPLOYED);
    }

    @Test
    void crash_loops_oom_kills_and_restarts_are_amber() {
        TenantState state = withService(healthy(), "binder", s -> new ServiceState(s.spec(), true, 2, 2, 2, 2, 7,
                new PodTroubles(1, 0, 0), null));
        assertThat(codes(evaluate(state))).containsExactly(ReasonCode.CRASH_LOOP);
        assertThat(evaluate(state).status()).isEqualTo(Status.AMBER);

        state = withService(healthy(), "binder", s -> new ServiceState(s.spec(), true, 2, 2, 2, 2, 1,
                new PodTroubles(0, 1, 1), null));
        assertThat(evaluate(state).reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(said(ReasonCode.OOM_KILLED, Status.AMBER,
                "1 binder container(s) killed out of memory in the last 15 min"));

        state = withService(healthy(), "binder", s -> new ServiceState(s.spec(), true, 2, 2, 2, 2, 3,
                new PodTroubles(0, 0, 3), null));
        assertThat(evaluate(state).reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(said(ReasonCode.RESTARTING, Status.AMBER,
                "3 binder container(s) restarted in the last 15 min"));
    }

    @Test
    void a_deferrable_service_makes_its_tenant_amber_at_most() {
        TenantHealth health = evaluate(withService(healthy(), "chat", s -> running(s.spec(), 2, 0)));

        assertThat(health.service("chat").orElseThrow().status()).isEqualTo(Status.RED);
        assertThat(health.status()).isEqualTo(Status.AMBER);
    }

    @Test
    void an_essential_service_counts_in_full() {
        assertThat(evaluate(withService(healthy(), "binder", s -> running(s.spec(), 2, 0))).status())
                .isEqualTo(Status.RED);
    }

    @Test
    void quota_from_ninety_percent_is_amber_and_exhausted_is_red_naming_the_resource() {
        assertThat(evaluate(withQuotaUsed(healthy(), Resource.CPU, "18.5")).reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(
                said(ReasonCode.QUOTA_NEARLY_EXHAUSTED, Status.AMBER, "cpu quota at 93 %: 18.5 of 20 used"));
        assertThat(evaluate(withQuotaUsed(healthy(), Resource.PODS, "40")).reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(
                said(ReasonCode.QUOTA_EXHAUSTED, Status.RED, "pods quota exhausted: 40 of 40 used"));
    }

    @Test
    void load_over_capacity_is_red_and_near_it_amber_naming_the_service_that_limits_it() {
        // capacity: 4 ready sso replicas × 600 sessions
        assertThat(evaluate(withSessions(healthy(), 2300)).reasons()).extracting(Reason::code, Reason::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.NEAR_CAPACITY, Status.AMBER));
        assertThat(evaluate(withSessions(healthy(), 3000)).reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(said(
                ReasonCode.OVER_CAPACITY, Status.RED,
                "3,000 sessions for a capacity of 2,400 (125 %), limited by sso: 4 replica(s) × 600 sessions"));
        assertThat(evaluate(withService(healthy(), "sso", s -> running(s.spec(), 6, 0))).reasons())
                .extracting(Reason::code).contains(ReasonCode.OVER_CAPACITY);
    }

    @Test
    void a_failing_probe_is_red_and_a_slow_one_amber_against_the_slo() {
        ProbeSummary failing = new ProbeSummary(NOW.minusSeconds(3), "http:503", null, Duration.ofMillis(100), 5);
        assertThat(evaluate(withProbe(healthy(), failing)).reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(
                said(ReasonCode.PROBE_FAILING, Status.RED, "health URL answered HTTP 503"));

        ProbeSummary slow = new ProbeSummary(NOW.minusSeconds(3), null, Duration.ofMillis(1700), Duration.ofMillis(1900), 20);
        assertThat(evaluate(withProbe(healthy(), slow)).reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(
                said(ReasonCode.PROBE_SLOW, Status.AMBER, "p95 1.9 s over the 800 ms objective"));
    }

    @Test
    void stale_cluster_data_is_grey_even_if_the_last_known_state_was_green() {
        ClusterStatus lost = new ClusterStatus("plaque-test", true, true, false, NOW.minusSeconds(90), NOW.minusSeconds(75));

        TenantHealth health = evaluator.evaluate(healthy(), lost, NOW);

        assertThat(health.status()).isEqualTo(Status.GREY);
        assertThat(health.reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(said(ReasonCode.DATA_STALE, Status.GREY,
                "no news from cluster plaque-test for 75 s (limit 60 s)"));
        assertThat(health.services()).allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.GREY));
    }

    @Test
    void a_cluster_that_refuses_connections_is_grey_at_once_as_unavailable() {
        ClusterStatus refusing = new ClusterStatus("plaque-test", true, true, false, NOW.minusSeconds(5),
                NOW.minusSeconds(5), true);

        TenantHealth health = evaluator.evaluate(healthy(), refusing, NOW);

        assertThat(health.status()).isEqualTo(Status.GREY);
        assertThat(health.reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(
                said(ReasonCode.CLUSTER_UNAVAILABLE, Status.GREY, "cluster plaque-test refuses connections: its state is unknown"));
    }

    @Test
    void a_watch_lost_for_less_than_the_limit_keeps_the_last_verdict() {
        ClusterStatus briefly = new ClusterStatus("plaque-test", true, true, false, NOW.minusSeconds(20), NOW.minusSeconds(20));

        assertThat(evaluator.evaluate(healthy(), briefly, NOW).status()).isEqualTo(Status.GREEN);
    }

    @Test
    void a_stale_or_missing_probe_is_grey() {
        ProbeSummary old = new ProbeSummary(NOW.minusSeconds(61), null, Duration.ofMillis(90), Duration.ofMillis(90), 20);
        assertThat(evaluate(withProbe(healthy(), old)).reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(said(ReasonCode.DATA_STALE,
                Status.GREY, "last health probe 61 s ago (limit 60 s)"));
        assertThat(evaluate(withProbe(healthy(), null)).status()).isEqualTo(Status.GREY);
    }

    @Test
    void a_red_known_from_fresh_data_outranks_grey() {
        TenantState broken = withSessions(withProbe(withService(healthy(), "sso", s -> running(s.spec(), 6, 0)), null), 0);

        TenantHealth health = evaluate(broken);

        assertThat(health.status()).isEqualTo(Status.RED);
        assertThat(codes(health)).containsExactly(ReasonCode.REPLICAS_UNAVAILABLE, ReasonCode.DATA_STALE);
    }

    @Test
    void an_unconfigured_or_unsynced_cluster_is_grey() {
        assertThat(evaluator.evaluate(healthy(), null, NOW).reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.CLUSTER_UNAVAILABLE);
        ClusterStatus syncing = new ClusterStatus("plaque-test", true, false, false, null, null);
        assertThat(evaluator.evaluate(healthy(), syncing, NOW).status()).isEqualTo(Status.GREY);
    }

    @Test
    void reasons_are_listed_worst_first_causes_before_consequences() {
        TenantState state = withQuotaUsed(withService(healthy(), "sso", s -> running(s.spec(), 6, 0)), Resource.CPU, "19");

        assertThat(evaluate(state).reasons()).extracting(Reason::status)
                .containsExactly(Status.RED, Status.RED, Status.AMBER);
        assertThat(codes(evaluate(state))).containsExactly(ReasonCode.REPLICAS_UNAVAILABLE,
                ReasonCode.OVER_CAPACITY, ReasonCode.QUOTA_NEARLY_EXHAUSTED);
    }

    @Test
    void a_region_is_the_worst_of_its_tenants() {
        TenantState green = healthy().withHealth(evaluate(healthy()));
        TenantState amberState = withService(healthy(), "chat", s -> running(s.spec(), 2, 0));
        TenantState amber = amberState.withHealth(evaluate(amberState));

        FleetSnapshot snapshot = new FleetSnapshot(1, NOW, List.of(green, amber), java.util.Map.of());

        assertThat(snapshot.regionStatus("test-region")).isEqualTo(Status.AMBER);
        assertThat(snapshot.regionStatus("elsewhere")).isEqualTo(Status.GREY);
    }

    static TenantState withLifecycle(TenantState state, Tenant.Lifecycle lifecycle) {
        Tenant t = state.tenant();
        Tenant changed = new Tenant(t.name(), t.displayName(), t.authority(), t.region(), t.academies(), t.counties(),
                t.cluster(), t.namespace(), t.urls(), t.population(), t.capacity(), t.slo(), t.quota(), t.contacts(),
                lifecycle, t.services());
        return new TenantState(changed, state.services(), state.quota(), state.sessions(), state.probe(),
                state.observedAt(), null);
    }

    @Test
    void a_tenant_being_onboarded_or_suspended_is_not_in_service_never_an_outage_and_its_region_ignores_it() {
        TenantState notDeployed = withService(healthy(), "sso",
                s -> new ServiceState(s.spec(), false, 0, 0, 0, 0, 0, PodTroubles.NONE, null));
        TenantState onboarding = withLifecycle(notDeployed, Tenant.Lifecycle.ONBOARDING);
        TenantState suspended = withLifecycle(notDeployed, Tenant.Lifecycle.SUSPENDED);

        TenantHealth onboardingHealth = evaluate(onboarding);

        assertThat(onboardingHealth.status()).isEqualTo(Status.GREY);
        assertThat(onboardingHealth.reasons()).extracting(Reason::code, Reason::status, Reason::message).containsExactly(
                said(ReasonCode.NOT_IN_SERVICE, Status.GREY, "being onboarded: not in service yet"));
        assertThat(onboardingHealth.service("sso").orElseThrow().status()).isEqualTo(Status.RED);
        assertThat(evaluate(suspended).reasons()).extracting(Reason::message).containsExactly("suspended: not in service");
        TenantState green = healthy().withHealth(evaluate(healthy()));
        FleetSnapshot snapshot = new FleetSnapshot(1, NOW, List.of(green, onboarding.withHealth(onboardingHealth)),
                java.util.Map.of());
        assertThat(snapshot.regionStatus("test-region")).isEqualTo(Status.GREEN);
    }

    @Test
    void worst_orders_green_amber_grey_red() {
        assertThat(Status.GREEN.worst(Status.AMBER)).isEqualTo(Status.AMBER);
        assertThat(Status.AMBER.worst(Status.GREY)).isEqualTo(Status.GREY);
        assertThat(Status.GREY.worst(Status.RED)).isEqualTo(Status.RED);
        assertThat(Status.RED.cappedAt(Status.AMBER)).isEqualTo(Status.AMBER);
    }

    private static org.assertj.core.groups.Tuple said(ReasonCode code, Status status, String message) {
        return org.assertj.core.groups.Tuple.tuple(code, status, message);
    }
}
