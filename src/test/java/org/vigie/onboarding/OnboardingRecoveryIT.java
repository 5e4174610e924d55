package org.vigie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.audit.AuditLog;
import org.vigie.security.AccessScope;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import tools.jackson.databind.json.JsonMapper;

/** A run survives a console restart, and two concurrent applies of one run let exactly one through. */
@SpringBootTest
// A context of its own (its @DynamicPropertySource): closed after the class, not left running in the cache.
@DirtiesContext
class OnboardingRecoveryIT {

    static final Caller MANAGER = new Caller("manager", Set.of(Role.ACCOUNT_MANAGER), AccessScope.EVERYWHERE);

    @DynamicPropertySource
    static void tenantsDir(DynamicPropertyRegistry properties) {
        java.nio.file.Path copy = OnboardingDocuments.copyOfTenants();
        properties.add("vigie.tenants.dir", copy::toString);
    }

    @Autowired
    Onboardings onboardings;
    @Autowired
    Applier applier;
    @Autowired
    RunStore store;
    @Autowired
    Planner planner;
    @Autowired
    AuditLog audit;
    @Autowired
    CatalogueUpdate catalogue;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noInjectedFailure() {
        applier.beforeWrite = (step, object) -> { };
    }

    OnboardingRun plan(String name) {
        return onboardings.plan(JsonMapper.builder().build().readTree(OnboardingDocuments.loire(name)), "test",
                MANAGER);
    }

    RunState awaitState(UUID id, RunState state) {
        await().atMost(Duration.ofSeconds(30)).until(() -> onboardings.find(id).orElseThrow().state() == state);
        return state;
    }

    @Test
    void a_run_left_applying_by_a_stopped_console_is_resumed_by_the_next_one() {
        OnboardingRun run = plan("loire-restart");
        applier.beforeWrite = (step, object) -> {
            if (step == 3) {
                throw new IllegalStateException("console stopped (simulated)");
            }
        };
        onboardings.apply(run.id(), MANAGER);
        awaitState(run.id(), RunState.FAILED);
        jdbc.sql("update onboarding_run set state = 'APPLYING', updated_at = now() - interval '3 minutes' where id = :id")
                .param("id", run.id()).update();
        applier.beforeWrite = (step, object) -> { };

        RunExecution restarted = new RunExecution(store, applier, planner, audit, catalogue);
        restarted.apply(restarted.claim(onboardings.find(run.id()).orElseThrow(), MANAGER));

        OnboardingRun done = onboardings.find(run.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(RunState.READY);
        assertThat(done.steps()).allMatch(s -> s.status() == StepOutcome.Status.DONE);
        assertThat(done.steps().get(0).created()).isTrue();
    }

    @Test
    void a_run_being_applied_by_one_console_is_not_taken_over_by_another() throws Exception {
        OnboardingRun run = plan("loire-two-consoles");
        CountDownLatch atStep2 = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        applier.beforeWrite = (step, object) -> {
            if (step == 2) {
                atStep2.countDown();
                awaitQuietly(release);
            }
        };
        onboardings.apply(run.id(), MANAGER);
        assertThat(atStep2.await(30, TimeUnit.SECONDS)).isTrue();

        RunExecution otherConsole = new RunExecution(store, applier, planner, audit, catalogue);
        try {
            assertThatThrownBy(() -> otherConsole.claim(
                    onboardings.find(run.id()).orElseThrow(), MANAGER))
                    .isInstanceOf(PlanRefusedException.class).hasMessageContaining("another apply is running");
        } finally {
            release.countDown();
        }
        awaitState(run.id(), RunState.READY);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void of_two_concurrent_applies_of_one_run_exactly_one_proceeds() throws Exception {
        OnboardingRun run = plan("loire-twice");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> apply = () -> {
            start.await();
            try {
                onboardings.apply(run.id(), MANAGER);
                return true;
            } catch (PlanRefusedException e) {
                assertThat(e.flavour()).isEqualTo(PlanRefusedException.Flavour.CONFLICT);
                return false;
            }
        };
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                results.add(callers.submit(apply));
            }
            start.countDown();
            int proceeded = 0;
            for (Future<Boolean> result : results) {
                proceeded += result.get() ? 1 : 0;
            }
            assertThat(proceeded).isEqualTo(1);
        }
        awaitState(run.id(), RunState.READY);
    }
}
