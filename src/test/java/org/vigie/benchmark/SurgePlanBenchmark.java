package org.vigie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.scaling.ScaleRequest;
import org.vigie.scaling.ScaleResult;
import org.vigie.scaling.ScalingService;
import org.vigie.surge.ServiceChange;
import org.vigie.surge.SurgeChangeRecord;
import org.vigie.surge.SurgeDraft;
import org.vigie.surge.SurgeExecutor;
import org.vigie.surge.SurgePlan;
import org.vigie.surge.SurgePlans;
import org.vigie.testing.Callers;

/**
 * A surge plan over the 1,000-tenant fleet of {@link FleetScaleBenchmark} (5,000 services): compute time,
 * then applying and reverting it through the guarded, audited scaling path; baselines in the same run:
 * the compute of 100 tenants, and the same 5,000 changes as individual scale calls one after another.
 * Run with {@code ./mvnw -Pbenchmark verify -Dit.test=SurgePlanBenchmark}; figures go to target/benchmarks.
 */
@SpringBootTest
class SurgePlanBenchmark {

    /** {@code -Dvigie.benchmark.tenants=40} tries the harness on a small fleet. */
    static final int TENANTS = Integer.getInteger("vigie.benchmark.tenants", 1000);
    static final int SERVICES = 5;
    static final int PODS_PER_SERVICE = 5;
    static final int CLUSTERS = 4;
    /** 964 sessions at a weekday peak × 5 = 4,820, at 600 per replica: 9 replicas, 4 more than the 5 running. */
    static final double MULTIPLIER = 5;
    static final int PLANNED = 9;
    static final int WARM_UPS = 5;
    static final int RUNS = 20;

    static BenchmarkFleet.Seeded seeded;
    static final StringBuilder report = new StringBuilder();

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    SurgePlans plans;

    @Autowired
    SurgeExecutor executor;

    @Autowired
    ScalingService scaling;

    @DynamicPropertySource
    static void seededFleet(DynamicPropertyRegistry registry) throws Exception {
        seeded = BenchmarkFleet.start(registry, Path.of("target/benchmark/surge-tenants"), TENANTS, CLUSTERS, SERVICES,
                PODS_PER_SERVICE);
    }

    @AfterAll
    static void stopApisAndWriteReport() throws Exception {
        seeded.close();
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/surge-plans.md"), report);
        System.out.println(report);
    }

    @Test
    void a_plan_for_a_thousand_tenants_is_computed_applied_and_reverted() {
        await().atMost(Duration.ofMinutes(5)).until(() -> fleet.current().tenants().size() == TENANTS
                && fleet.current().tenants().stream().allMatch(t -> t.sessionCapacity().isPresent()
                        && t.services().stream().allMatch(s -> s.desired() == PODS_PER_SERVICE)));
        List<String> all = IntStream.range(0, TENANTS).mapToObj(BenchmarkFleet::tenantName).toList();
        List<Double> compute1000 = computeTimes(all);
        List<Double> compute100 = computeTimes(all.subList(0, TENANTS / 10));
        System.out.println("BENCHMARK compute " + compute1000 + " / tenth " + compute100);

        SurgePlan computed = plans.compute(Callers.operator(), draft("Benchmark ×5", all));
        long start = System.nanoTime();
        SurgePlan plan = plans.save(Callers.operator(), computed);
        double saveMillis = (System.nanoTime() - start) / 1e6;
        List<ServiceChange> changes = plan.changes();
        assertThat(changes).hasSize(TENANTS * SERVICES).allSatisfy(c -> assertThat(c.planned()).isEqualTo(PLANNED));

        start = System.nanoTime();
        List<SurgeChangeRecord> applied = executor.apply(Callers.operator(), plan.id());
        double applyMillis = (System.nanoTime() - start) / 1e6;
        assertThat(applied).allSatisfy(c -> assertThat(c.applyOutcome()).as(c.applyMessage()).isEqualTo("SCALED"));

        start = System.nanoTime();
        List<SurgeChangeRecord> reverted = executor.revert(Callers.operator(), plan.id());
        double revertMillis = (System.nanoTime() - start) / 1e6;
        long retried = reverted.stream().filter(c -> c.revertOutcome() == null).count();
        System.out.printf("BENCHMARK apply %.0f ms, revert %.0f ms, %d change(s) left to the scheduler's next tick%n",
                applyMillis, revertMillis, retried);
        // A change answered "cluster silent/error" stays for the scheduler's next tick (REVERTING, claim released).
        await().atMost(Duration.ofMinutes(3)).until(() -> plans.find(plan.id()).orElseThrow().state() == SurgePlan.State.REVERTED);

        start = System.nanoTime();
        long scaled = 0;
        for (ServiceChange change : changes) {
            ScaleResult result = scaling.scale(new ScaleRequest(Callers.operator(), change.tenant(), change.service(),
                    PLANNED, PODS_PER_SERVICE, "benchmark: one scale at a time", null, null, null, null));
            scaled += result.scaled() ? 1 : 0;
        }
        double individualMillis = (System.nanoTime() - start) / 1e6;

        report.append(BenchmarkReport.surge(new BenchmarkReport.SurgeFigures(TENANTS, changes.size(), compute1000,
                compute100, saveMillis, applyMillis, revertMillis, individualMillis, scaled)));
        assertThat(scaled).isEqualTo(changes.size());
    }

    private List<Double> computeTimes(List<String> tenants) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            long start = System.nanoTime();
            SurgePlan plan = plans.compute(Callers.operator(), draft("Benchmark compute " + i, tenants));
            if (i >= WARM_UPS) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
            assertThat(plan.computed()).hasSize(tenants.size());
        }
        return millis;
    }

    private static SurgeDraft draft(String name, List<String> tenants) {
        return new SurgeDraft(name, MULTIPLIER, null, tenants, List.of(), Map.of(), Map.of(), null, null, null, null,
                false);
    }
}
