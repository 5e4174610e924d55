package org.vigie.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.surge.SurgePlan.State;
import org.vigie.testing.Callers;
import org.vigie.testing.DemoFleet;

/** A console that stopped halfway, two saves at once, a caller outside its scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurgeResumeIT {

    @Autowired
    SurgePlans plans;

    @Autowired
    SurgeExecutor executor;

    @Autowired
    SurgeScheduler scheduler;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    final List<UUID> created = new CopyOnWriteArrayList<>();

    @AfterEach
    void cleanUp() {
        for (UUID id : created) {
            plans.find(id).filter(p -> p.state() == State.APPLIED).ifPresent(p -> executor.revert(Callers.operator(), id));
            plans.find(id).filter(p -> p.state() != State.APPLYING && p.state() != State.REVERTING)
                    .ifPresent(p -> plans.delete(Callers.operator(), id));
        }
    }

    SurgePlan create(String name, String tenant) {
        SurgePlan plan = plans.create(Callers.operator(), new SurgeDraft(name, 2.0, null, List.of(tenant), List.of(),
                Map.of(), Map.of(), null, null, null, null, false));
        created.add(plan.id());
        return plan;
    }

    /** As if the console had stopped after scaling the last service but before writing down that it did. */
    void crashBeforeTheLastRecord(SurgePlan plan, String state, String outcomeColumn, Instant claimedUntil) {
        jdbc.sql("update surge_plan set state = :state, claimed_by = 'gone', claimed_until = :until where id = :id")
                .param("state", state).param("until", Timestamp.from(claimedUntil)).param("id", plan.id()).update();
        jdbc.sql("update surge_change set " + outcomeColumn + " = null where plan_id = :id and ord = "
                + "(select max(ord) from surge_change where plan_id = :id)").param("id", plan.id()).update();
    }

    long requested(SurgePlan plan, String tenant) {
        return audit.find(new AuditFilter(tenant, null, plan.createdAt(), null)).stream()
                .filter(r -> "REQUESTED".equals(r.outcome().name())).count();
    }

    @Test
    void an_apply_left_halfway_is_resumed_once_its_claim_lapses_and_scales_nothing_twice() {
        DemoFleet.settled(fleet, "seine-et-marne-colleges");
        SurgePlan plan = create("Reprise", "seine-et-marne-colleges");
        List<SurgeChangeRecord> first = executor.apply(Callers.operator(), plan.id());
        long before = requested(plan, "seine-et-marne-colleges");
        crashBeforeTheLastRecord(plan, "APPLYING", "apply_outcome", Instant.now().plusSeconds(3600));

        scheduler.reconcile(Instant.now());
        assertThat(plans.find(plan.id()).orElseThrow().state()).as("still claimed by the console that stopped")
                .isEqualTo(State.APPLYING);
        assertThatThrownBy(() -> executor.apply(Callers.operator(), plan.id())).isInstanceOf(SurgeRefused.class);

        jdbc.sql("update surge_plan set claimed_until = now() - interval '1 minute' where id = :id")
                .param("id", plan.id()).update();
        scheduler.reconcile(Instant.now());

        assertThat(plans.find(plan.id()).orElseThrow().state()).isEqualTo(State.APPLIED);
        assertThat(plans.changes(plan.id())).extracting(SurgeChangeRecord::before)
                .containsExactlyElementsOf(first.stream().map(SurgeChangeRecord::before).toList());
        assertThat(requested(plan, "seine-et-marne-colleges")).isEqualTo(before);
    }

    @Test
    void a_revert_left_halfway_is_resumed_and_the_service_already_back_counts_as_reverted() {
        DemoFleet.settled(fleet, "seine-et-marne-colleges");
        SurgePlan plan = create("Reprise du retour", "seine-et-marne-colleges");
        executor.apply(Callers.operator(), plan.id());
        executor.revert(Callers.operator(), plan.id());
        crashBeforeTheLastRecord(plan, "REVERTING", "revert_outcome", Instant.now().minusSeconds(60));

        scheduler.reconcile(Instant.now());

        assertThat(plans.find(plan.id()).orElseThrow().state()).isEqualTo(State.REVERTED);
        assertThat(plans.changes(plan.id())).allSatisfy(c -> assertThat(c.revertOutcome()).as(c.revertMessage())
                .isEqualTo(SurgeExecutor.REVERTED));
    }

    @Test
    void two_overlapping_plans_saved_at_once_leave_exactly_one() throws Exception {
        DemoFleet.settled(fleet, "puy-de-dome-colleges");
        Callable<String> save = () -> {
            try {
                create("Concurrent", "puy-de-dome-colleges");
                return "saved";
            } catch (SurgeRefused e) {
                return e.getMessage();
            }
        };
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            for (Future<String> one : two.invokeAll(List.of(save, save))) {
                outcomes.add(one.get());
            }
        }
        assertThat(outcomes).containsOnlyOnce("saved");
        assertThat(outcomes).anyMatch(o -> o.contains("overlaps plan 'Concurrent'"));
    }

    @Test
    void a_plan_is_refused_for_a_tenant_outside_the_operators_scope_and_for_a_viewer() {
        assertThatThrownBy(() -> plans.create(Callers.operatorOf("hauts-de-france"), new SurgeDraft("Hors champ", 2.0,
                null, List.of("puy-de-dome-colleges"), List.of(), Map.of(), Map.of(), null, null, null, null, false)))
                .isInstanceOf(SurgeRefused.class).hasMessageContaining("tenant puy-de-dome-colleges (region "
                        + "auvergne-rhone-alpes) is outside your scope");
        assertThatThrownBy(() -> plans.create(Callers.viewer(), new SurgeDraft("Lecteur", 2.0, null,
                List.of("puy-de-dome-colleges"), List.of(), Map.of(), Map.of(), null, null, null, null, false)))
                .isInstanceOf(SurgeRefused.class).hasMessageStartingWith("surge plans are changed by operators");
    }
    @Test
    void a_revert_asked_while_another_console_applies_the_plan_is_refused_and_the_apply_completes() {
        DemoFleet.settled(fleet, "somme-colleges");
        SurgePlan plan = create("Revert during apply", "somme-colleges");
        assertThat(executor.claim(plan, List.of(State.PLANNED), State.APPLYING)).isTrue();

        assertThatThrownBy(() -> executor.revert(Callers.operator(), plan.id())).isInstanceOf(SurgeRefused.class)
                .hasMessage("plan 'Revert during apply' cannot be reverted: it is APPLYING by another request at this moment");
        assertThatThrownBy(() -> plans.delete(Callers.operator(), plan.id())).isInstanceOf(SurgeRefused.class);

        executor.runApply(plan, Callers.operator());
        assertThat(plans.find(plan.id()).orElseThrow().state()).isEqualTo(State.APPLIED);
        executor.revert(Callers.operator(), plan.id());
        assertThat(plans.find(plan.id()).orElseThrow().state()).isEqualTo(State.REVERTED);
    }
}
