package org.vigie.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.health.QuotaUsage;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.health.ServiceState;
import org.vigie.health.ServiceState.PodTroubles;
import org.vigie.health.TenantState;
import org.vigie.surge.ServiceChange.Kind;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant;

/**
 * Worked numbers: 20,000 students and 2,000 teachers (3.5% at the peak: 770) and 25,000 parents
 * (0.8%: 200) make a weekday peak of 970 sessions; ×3 is 2,910; at 100 sessions per replica that is
 * 30 replicas. CPU used today: sso 10 × 0.5 + portal 10 × 1 + binder 4 × 0.5 + visio 4 × 2 + chat
 * 4 × 0.25 = 26.
 */
class SurgeComputeTest {

    static TenantState tenant(String cpuLimit) {
        List<ServiceState> services = List.of(
                running(new ServiceSpec("sso", Priority.CRITICAL, 2, 40, "500m", "1Gi", false), 10, null),
                running(new ServiceSpec("portal", Priority.CRITICAL, 2, 25, "1", "2Gi", true), 10,
                        new ServiceState.Autoscaler(2, 25, 10, 10)),
                running(new ServiceSpec("binder", Priority.ESSENTIAL, 1, 12, "500m", "1Gi", false), 4, null),
                running(new ServiceSpec("visio", Priority.DEFERRABLE, 0, 8, "2", "4Gi", false), 4, null),
                running(new ServiceSpec("chat", Priority.DEFERRABLE, 0, 6, "250m", "512Mi", false), 4, null));
        Tenant tenant = new Tenant("t", "ENT T", new Tenant.Authority(Tenant.AuthorityKind.COUNTY, "T"), "r",
                List.of(), List.of("01"), "c", "ent-t", new Tenant.TenantUrls("https://t/", "https://t/h"),
                new Tenant.Population(20_000, 2_000, 25_000), new Tenant.Capacity(100), new Tenant.Slo(99.5, 800),
                new Tenant.ContractQuota(cpuLimit, "1000Gi", 1000), List.of(), Tenant.Lifecycle.ACTIVE,
                services.stream().map(ServiceState::spec).toList());
        List<QuotaUsage> quota = List.of(new QuotaUsage(Resource.CPU, new BigDecimal(cpuLimit), null, new BigDecimal("26")));
        return new TenantState(tenant, services, quota, null, null, Instant.EPOCH, null);
    }

    static ServiceState running(ServiceSpec spec, int replicas, ServiceState.Autoscaler autoscaler) {
        return new ServiceState(spec, true, replicas, replicas, replicas, replicas, 0, PodTroubles.NONE, autoscaler);
    }

    static ServiceChange service(TenantSurge surge, String name) {
        return surge.services().stream().filter(s -> s.service().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void replicas_come_from_population_curve_and_capacity_clamped_to_bounds_when_the_quota_allows() {
        TenantSurge surge = SurgeCompute.compute(tenant("100"), 3, 1, false);

        assertThat(surge.sessions()).isEqualTo(2910);
        assertThat(surge.replicasNeeded()).isEqualTo(30);
        assertThat(surge.services()).extracting(ServiceChange::service, ServiceChange::today, ServiceChange::planned,
                ServiceChange::kind).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sso", 10, 30, Kind.RAISE),
                        org.assertj.core.groups.Tuple.tuple("portal", 2, 25, Kind.RAISE),
                        org.assertj.core.groups.Tuple.tuple("binder", 4, 12, Kind.RAISE),
                        org.assertj.core.groups.Tuple.tuple("visio", 4, 8, Kind.RAISE),
                        org.assertj.core.groups.Tuple.tuple("chat", 4, 6, Kind.RAISE));
        // 26 + sso 20 × 0.5 + portal 15 × 1 (the HPA already runs 10) + binder 8 × 0.5 + visio 4 × 2 + chat 2 × 0.25
        assertThat(surge.quota().getFirst().usedAfter()).isEqualByComparingTo("63.5");
        assertThat(surge.doesNotFit()).isEmpty();
    }

    @Test
    void a_short_quota_sheds_deferrable_services_largest_first_and_says_what_each_frees() {
        TenantSurge surge = SurgeCompute.compute(tenant("40"), 3, 1, false);

        // The critical raise needs 26 + 10 + 15 = 51 of 40: visio frees 8 (43), chat frees 1 (42), still short.
        assertThat(service(surge, "visio")).satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Kind.SHED);
            assertThat(v.planned()).isZero();
            assertThat(v.frees().get(Resource.CPU)).isEqualByComparingTo("8");
        });
        assertThat(service(surge, "chat").frees().get(Resource.CPU)).isEqualByComparingTo("1");
        // 17 used after the sheds: sso takes its 10 in full, portal the 13 cores left (HPA minimum 10 + 13).
        assertThat(service(surge, "sso").planned()).isEqualTo(30);
        assertThat(service(surge, "portal").planned()).isEqualTo(23);
        assertThat(service(surge, "binder")).extracting(ServiceChange::kind, ServiceChange::planned)
                .containsExactly(Kind.KEEP, 4);
        assertThat(surge.doesNotFit()).containsExactly(
                "portal : 25 répliques nécessaires, 23 tiennent dans le quota",
                "binder : 12 répliques nécessaires, 4 tiennent dans le quota");
        assertThat(surge.quota().getFirst().usedAfter()).isEqualByComparingTo("40");
    }

    @Test
    void essential_services_are_shed_only_when_asked() {
        TenantSurge surge = SurgeCompute.compute(tenant("40"), 3, 1, true);

        assertThat(service(surge, "binder")).extracting(ServiceChange::kind, ServiceChange::planned)
                .containsExactly(Kind.SHED, 1);
        assertThat(service(surge, "binder").frees().get(Resource.CPU)).isEqualByComparingTo("1.5");
        assertThat(service(surge, "portal").planned()).isEqualTo(24);
    }

    @Test
    void critical_services_are_never_shed_however_short_the_quota() {
        TenantSurge surge = SurgeCompute.compute(tenant("10"), 3, 1, true);

        // Nothing fits: sso stays; portal's HPA minimum rises to the 10 replicas it already runs, at no cost.
        assertThat(surge.services()).filteredOn(s -> s.priority() == Priority.CRITICAL)
                .extracting(ServiceChange::service, ServiceChange::planned, ServiceChange::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sso", 10, Kind.KEEP),
                        org.assertj.core.groups.Tuple.tuple("portal", 10, Kind.RAISE));
        assertThat(surge.services()).filteredOn(s -> s.priority() != Priority.CRITICAL)
                .allSatisfy(s -> assertThat(s.kind()).isEqualTo(Kind.SHED));
        assertThat(surge.doesNotFit()).contains("cpu : il manque 5.5 (après le plan 15.5 sur 10)");
    }

    @Test
    void a_plan_never_lowers_a_service_it_does_not_shed() {
        TenantSurge quiet = SurgeCompute.compute(tenant("100"), 0.1, 1, false);

        assertThat(quiet.services()).allSatisfy(s -> {
            assertThat(s.planned()).isEqualTo(s.today());
            assertThat(s.changes()).isFalse();
        });
    }
    @Test
    void essential_and_deferrable_raises_stop_short_of_the_line_where_the_board_turns_amber() {
        TenantSurge surge = SurgeCompute.compute(tenant("70"), 3, 1, false);

        // Critical first, in full: 26 + 10 + 15 = 51. The others stay below 90 % of 70 = 63, where the board
        // says "quota nearly exhausted": binder +4 (55), visio 3 more of 2 cores (61; a 4th would make 63), chat +0.5.
        assertThat(service(surge, "binder").planned()).isEqualTo(12);
        assertThat(service(surge, "visio").planned()).isEqualTo(7);
        assertThat(service(surge, "chat").planned()).isEqualTo(6);
        assertThat(surge.quota().getFirst().usedAfter()).isEqualByComparingTo("61.5");
        assertThat(surge.doesNotFit()).containsExactly("visio : 8 répliques nécessaires, 7 tiennent dans le quota");
    }

    @Test
    void critical_services_may_use_the_quota_up_to_its_limit() {
        TenantSurge surge = SurgeCompute.compute(tenant("52"), 3, 1, false);

        assertThat(service(surge, "sso").planned()).isEqualTo(30);
        assertThat(service(surge, "portal").planned()).isEqualTo(25);
        assertThat(surge.quota().getFirst().usedAfter()).isLessThanOrEqualTo(new BigDecimal("52"));
    }
}
