package org.vigie.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.scaling.ScaleRequest;
import org.vigie.scaling.ScalingService;
import org.vigie.surge.SurgePlan.State;
import org.vigie.testing.Callers;
import org.vigie.testing.DemoFleet;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurgePlansIT {

    @Autowired
    SurgePlans plans;

    @Autowired
    SurgeExecutor executor;

    @Autowired
    SurgeScheduler scheduler;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    ScalingService scaling;

    @Autowired
    AuditLog audit;

    final List<UUID> created = new ArrayList<>();

    @AfterEach
    void revertAndDeleteWhatTheTestCreated() {
        for (UUID id : created) {
            plans.find(id).filter(p -> p.state() == State.APPLIED).ifPresent(p -> executor.revert(Callers.operator(), id));
            plans.find(id).filter(p -> p.state() != State.APPLYING && p.state() != State.REVERTING)
                    .ifPresent(p -> plans.delete(Callers.operator(), id));
        }
    }

    SurgePlan create(String name, String tenant, String start, String end) {
        SurgePlan plan = plans.create(Callers.operator(), new SurgeDraft(name, 3.0, null, List.of(tenant), List.of(),
                Map.of(), Map.of(), start, end, null, "CRISE-14", false));
        created.add(plan.id());
        return plan;
    }

    KubernetesClient client(TenantState tenant) {
        return clusters.client(tenant.tenant().cluster()).orElseThrow();
    }

    /** The replicas a service holds in the cluster: the Deployment's, or the HPA's minimum. */
    int inCluster(TenantState tenant, SurgeChangeRecord change) {
        return change.autoscaled() ? client(tenant).autoscaling().v2().horizontalPodAutoscalers()
                .inNamespace(tenant.tenant().namespace()).withName(change.service()).get().getSpec().getMinReplicas()
                : DemoFleet.desiredInCluster(clusters, tenant, change.service());
    }

    @Test
    void applying_scales_each_service_through_the_audited_path_raises_the_hpa_minimum_and_reverting_restores_it() {
        TenantState tenant = DemoFleet.settled(fleet, "idf-lycees");
        int portalMin = tenant.service("portal").orElseThrow().autoscaler().minReplicas();
        SurgePlan plan = create("Fermeture IDF", "idf-lycees", null, null);
        assertThat(plan.changes()).isNotEmpty();
        assertThat(plan.changes().getFirst().kind()).as("the quota is short: a shed comes first")
                .isEqualTo(ServiceChange.Kind.SHED);

        List<SurgeChangeRecord> applied = executor.apply(Callers.operator(), plan.id());

        assertThat(applied).allSatisfy(c -> assertThat(c.applyOutcome()).as(c.applyMessage()).isEqualTo("SCALED"));
        assertThat(applied).allSatisfy(c -> assertThat(inCluster(tenant, c)).isEqualTo(c.planned()));
        SurgeChangeRecord portal = applied.stream().filter(c -> c.service().equals("portal")).findFirst().orElseThrow();
        assertThat(portal.autoscaled()).isTrue();
        assertThat(portal.before()).isEqualTo(portalMin);
        assertThat(portal.planned()).isGreaterThan(portalMin);
        List<AuditRecord> records = audit.find(new AuditFilter("idf-lycees", null, plan.createdAt(), null));
        assertThat(records).filteredOn(r -> "SUCCEEDED".equals(r.outcome().name()))
                .hasSize(applied.size())
                .allSatisfy(r -> {
                    assertThat(r.reason()).isEqualTo("Fermeture IDF");
                    assertThat(r.incident()).isEqualTo("CRISE-14");
                });

        // Once the cluster reports the plan's pods, the quota is as full as the plan made it (the shed visio would
        // not fit back on top): shed services find room only after the raises come down.
        java.math.BigDecimal after = plan.computed().getFirst().quota().stream()
                .filter(q -> q.resource() == org.vigie.health.QuotaUsage.Resource.CPU).findFirst().orElseThrow().usedAfter();
        DemoFleet.settled(fleet, "idf-lycees");
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet.current().tenant("idf-lycees").orElseThrow().quota()
                .stream().filter(q -> q.resource() == org.vigie.health.QuotaUsage.Resource.CPU).findFirst()
                .map(q -> q.used().compareTo(after) >= 0).orElse(false));
        List<SurgeChangeRecord> reverted = executor.revert(Callers.operator(), plan.id());

        assertThat(reverted).allSatisfy(c -> {
            assertThat(c.revertOutcome()).as(c.revertMessage()).isEqualTo(SurgeExecutor.REVERTED);
            assertThat(inCluster(tenant, c)).isEqualTo(c.before());
        });
        assertThat(plans.find(plan.id()).orElseThrow().state()).isEqualTo(State.REVERTED);
    }

    @Test
    void a_service_changed_by_hand_during_the_plan_is_left_as_it_is_and_the_report_says_so() {
        TenantState tenant = DemoFleet.settled(fleet, "hdf-lycees");
        SurgePlan plan = create("Rentrée HDF", "hdf-lycees", null, null);
        SurgeChangeRecord sso = executor.apply(Callers.operator(), plan.id()).stream()
                .filter(c -> c.service().equals("sso")).findFirst().orElseThrow();
        int byHand = sso.planned() - 1;
        assertThat(scaling.scale(new ScaleRequest(Callers.admin(), "hdf-lycees", "sso", byHand, null, "by hand", null,
                null, null, null)).scaled()).isTrue();

        List<SurgeChangeRecord> reverted = executor.revert(Callers.operator(), plan.id());

        SurgeChangeRecord left = reverted.stream().filter(c -> c.service().equals("sso")).findFirst().orElseThrow();
        assertThat(left.revertOutcome()).isEqualTo(SurgeExecutor.LEFT);
        assertThat(left.revertMessage()).isEqualTo("sso laissé à " + byHand
                + " : modifié à la main pendant le plan (le plan l'avait mis à " + sso.planned() + ")");
        assertThat(DemoFleet.desiredInCluster(clusters, tenant, "sso")).isEqualTo(byHand);
        assertThat(reverted).filteredOn(c -> !c.service().equals("sso"))
                .allSatisfy(c -> assertThat(c.revertOutcome()).isEqualTo(SurgeExecutor.REVERTED));
        scaling.scale(new ScaleRequest(Callers.admin(), "hdf-lycees", "sso", sso.before(), null, "test cleanup", null,
                null, null, null));
    }

    @Test
    void a_console_down_at_the_window_start_and_end_catches_up_when_it_comes_back() {
        TenantState tenant = DemoFleet.settled(fleet, "na-lycees");
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        SurgePlan plan = create("Rentrée NA", "na-lycees", start.toString(), start.plus(2, ChronoUnit.HOURS).toString());
        scheduler.reconcile(Instant.now());
        assertThat(plans.find(plan.id()).orElseThrow().state()).isEqualTo(State.PLANNED);

        scheduler.stop();
        assertThat(scheduler.isRunning()).isFalse();
        scheduler.start();
        scheduler.reconcile(start.plus(47, ChronoUnit.MINUTES));

        assertThat(plans.find(plan.id()).orElseThrow().state()).isEqualTo(State.APPLIED);
        List<SurgeChangeRecord> applied = plans.changes(plan.id());
        assertThat(applied).allSatisfy(c -> assertThat(inCluster(tenant, c)).isEqualTo(c.planned()));

        scheduler.reconcile(start.plus(5, ChronoUnit.HOURS));

        assertThat(plans.find(plan.id()).orElseThrow().state()).isEqualTo(State.REVERTED);
        assertThat(plans.changes(plan.id())).allSatisfy(c -> assertThat(inCluster(tenant, c)).isEqualTo(c.before()));
    }

    @Test
    void a_window_whose_start_has_passed_is_applied_by_the_running_scheduler_on_its_own() {
        DemoFleet.settled(fleet, "na-lycees");
        Instant now = Instant.now();
        SurgePlan plan = create("Déjà commencé", "na-lycees", now.minus(1, ChronoUnit.MINUTES).toString(),
                now.plus(1, ChronoUnit.HOURS).toString());

        await().atMost(Duration.ofSeconds(60)).until(() -> plans.find(plan.id()).orElseThrow().state() == State.APPLIED);
    }

    @Test
    void a_window_that_ended_unseen_expires_without_scaling_anything() {
        DemoFleet.settled(fleet, "na-lycees");
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS);
        SurgePlan plan = create("Jamais vu", "na-lycees", start.toString(), start.plus(1, ChronoUnit.HOURS).toString());

        scheduler.reconcile(start.plus(3, ChronoUnit.HOURS));

        assertThat(plans.find(plan.id()).orElseThrow().state()).isEqualTo(State.EXPIRED);
        assertThat(plans.changes(plan.id())).allSatisfy(c -> assertThat(c.applyOutcome()).isNull());
    }

    @Test
    void an_overlapping_plan_on_the_same_service_is_refused_with_the_conflict_named() {
        DemoFleet.settled(fleet, "essonne-colleges");
        SurgePlan first = create("Fermeture Essonne", "essonne-colleges", null, null);
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);

        assertThatThrownBy(() -> plans.create(Callers.operator(), new SurgeDraft("Rentrée IDF", 1.5, null, List.of(),
                List.of("ile-de-france"), Map.of(), Map.of(), start.toString(), start.plus(3, ChronoUnit.HOURS).toString(),
                null, null, false)))
                .isInstanceOf(SurgeRefused.class)
                .hasMessageStartingWith("plan 'Rentrée IDF' overlaps plan 'Fermeture Essonne' (" + first.id()
                        + ", jusqu'au retour manuel) on essonne-colleges/");
    }

    @Test
    void two_applies_at_once_carry_the_plan_out_once() throws Exception {
        DemoFleet.settled(fleet, "essonne-colleges");
        SurgePlan plan = create("Deux clics", "essonne-colleges", null, null);
        Callable<String> apply = () -> {
            try {
                executor.apply(Callers.operator(), plan.id());
                return "applied";
            } catch (SurgeRefused e) {
                return e.getMessage();
            }
        };
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            List<Future<String>> both = two.invokeAll(List.of(apply, apply));
            for (Future<String> one : both) {
                outcomes.add(one.get());
            }
        }

        assertThat(outcomes).containsOnlyOnce("applied");
        assertThat(outcomes).anyMatch(o -> o.startsWith("plan 'Deux clics' cannot be applied: it is"));
        List<AuditRecord> requested = audit.find(new AuditFilter("essonne-colleges", null, plan.createdAt(), null))
                .stream().filter(r -> "REQUESTED".equals(r.outcome().name())).toList();
        assertThat(requested).hasSize(plan.changes().size());
    }
}
