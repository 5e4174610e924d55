package org.vigie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.cluster.ClusterCache;
import org.vigie.cluster.ClusterConnections;
import org.vigie.cluster.ClusterWatchers;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.HealthEvaluator;
import org.vigie.scaling.BulkScaling;
import org.vigie.scaling.ScaleRequest;
import org.vigie.scaling.ScaleResult;
import org.vigie.scaling.ScalingService;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.display.DisplayTokens;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;
import org.vigie.status.StatusApiMvcBaseline;
import org.vigie.testing.Callers;

/**
 * {@code vigie.benchmark.tenants} tenants (default 1,000) × 5 services × 5 pods over
 * {@code vigie.benchmark.clusters} embedded API servers (default one per 250 tenants, at least 4), watched by
 * the real console (real clusters, no demo), its pages in Vaadin's production mode as the image ships them. Run with
 * {@code ./mvnw -Pproduction,benchmark verify} (Maven on JDK 21+); figures go to target/benchmarks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatusApiMvcBaseline.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetScaleBenchmark {

    static final int TENANTS = Integer.getInteger("vigie.benchmark.tenants", 1000);
    static final int SERVICES = 5;
    static final int PODS_PER_SERVICE = 5;
    static final int SINGLE_CHANGES = 50;
    static final int FULL_EVALUATIONS = 10;
    static final int BOARD_CHANGES = 20;
    static final int BOARD_SESSIONS = 20;
    static final int SINGLE_SCALES = 50;
    static final int BULK_ITEMS = 100;
    static final int STATUS_ROUNDS = 3;

    static final int CLUSTERS = Integer.getInteger("vigie.benchmark.clusters", Math.max(4, TENANTS / 250));

    static BenchmarkFleet.Seeded fleetServers;
    static long heapBeforeConsole;
    static final StringBuilder report = new StringBuilder();

    @Autowired
    ApplicationContext context;

    @Autowired
    ClusterWatchers watchers;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections connections;

    @Autowired
    DisplayTokens displays;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MeterRegistry meters;

    @Autowired
    HealthEvaluator evaluator;

    @Autowired
    ScalingService scaling;

    @Autowired
    BulkScaling bulk;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void seededFleet(DynamicPropertyRegistry registry) throws Exception {
        fleetServers = BenchmarkFleet.start(registry, Path.of("target/benchmark/tenants"), TENANTS, CLUSTERS, SERVICES,
                PODS_PER_SERVICE);
        heapBeforeConsole = Heap.liveBytes();
    }

    @AfterAll
    static void stopApisAndWriteReport() throws Exception {
        fleetServers.close();
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/fleet-scale-" + TENANTS + ".md"), report);
        System.out.println(report);
    }

    @Test
    @Order(1)
    void the_fleet_syncs_rebuilds_and_fits_in_memory() throws Exception {
        watchers.synced().get(5, TimeUnit.MINUTES);
        List<ClusterCache> caches = new ArrayList<>();
        for (int c = 0; c < CLUSTERS; c++) {
            caches.add(watchers.cache(BenchmarkFleet.clusterName(c)).orElseThrow());
        }
        awaitSnapshot(s -> s.tenants().size() == TENANTS
                && s.clusters().values().stream().allMatch(FleetSnapshot.ClusterStatus::synced));
        long cachedObjects = caches.stream().mapToLong(ClusterCache::size).sum();
        Duration syncTime = caches.stream().map(ClusterCache::syncDuration).max(Duration::compareTo).orElseThrow();
        long heapWithConsole = Heap.liveBytes();
        awaitQuiet();

        List<Double> singleChangeMillis = new ArrayList<>();
        Timer rebuilds = meters.get("vigie.fleet.snapshot.rebuild").timer();
        long countBefore = rebuilds.count();
        double totalBefore = rebuilds.totalTime(TimeUnit.MILLISECONDS);
        for (int i = 0; i < SINGLE_CHANGES; i++) {
            int index = i * 17 % TENANTS;
            String tenant = BenchmarkFleet.tenantName(index);
            KubernetesClient client = connections.client(BenchmarkFleet.clusterName(index % CLUSTERS)).orElseThrow();
            long start = System.nanoTime();
            setReplicas(client, tenant, PODS_PER_SERVICE + 1);
            long published = awaitSnapshot(s -> s.tenant(tenant).flatMap(t -> t.service("portal"))
                    .map(p -> p.desired() == PODS_PER_SERVICE + 1).orElse(false));
            singleChangeMillis.add((published - start) / 1e6);
            setReplicas(client, tenant, PODS_PER_SERVICE);
        }
        double partialRebuildMean = (rebuilds.totalTime(TimeUnit.MILLISECONDS) - totalBefore)
                / (rebuilds.count() - countBefore);

        List<Double> fullMillis = new ArrayList<>();
        for (int i = 0; i < FULL_EVALUATIONS; i++) {
            long version = fleet.current().version();
            double before = rebuilds.totalTime(TimeUnit.MILLISECONDS);
            fleet.refreshAll();
            awaitSnapshot(s -> s.version() > version);
            fullMillis.add(rebuilds.totalTime(TimeUnit.MILLISECONDS) - before);
        }

        List<Double> evaluationMillis = new ArrayList<>();
        FleetSnapshot snapshot = fleet.current();
        for (int i = 0; i < FULL_EVALUATIONS * 5; i++) {
            long start = System.nanoTime();
            java.time.Instant now = java.time.Instant.now();
            for (var state : snapshot.tenants()) {
                evaluator.evaluate(state, snapshot.clusters().get(state.tenant().cluster()), now);
            }
            evaluationMillis.add((System.nanoTime() - start) / 1e6);
        }

        long deployments = (long) TENANTS * SERVICES;
        report.append(BenchmarkReport.fleetScale(new BenchmarkReport.FleetFigures(
                TENANTS, CLUSTERS, deployments, deployments * PODS_PER_SERVICE, cachedObjects, fleetServers.seedTime(),
                syncTime, heapBeforeConsole, heapWithConsole, singleChangeMillis,
                partialRebuildMean, fullMillis, evaluationMillis)));
        assertThat(cachedObjects).isEqualTo(deployments * (1 + PODS_PER_SERVICE) + TENANTS);
    }

    @Test
    @Order(2)
    void the_status_api_under_load_from_a_second_process() throws Exception {
        awaitSnapshot(s -> s.tenants().size() == TENANTS);
        String servlet = "http://127.0.0.1:" + port + "/api/v1/status";
        String baseline = "http://127.0.0.1:" + port + StatusApiMvcBaseline.PATH;
        HttpResponse<Void> first = fetch(servlet);
        long length = first.headers().firstValueAsLong("Content-Length").orElse(-1);
        Map<String, Callable<List<String>>> kinds = new LinkedHashMap<>();
        kinds.put("plain body", List::of);
        kinds.put("`Accept-Encoding: gzip` (pre-compressed per snapshot)", () -> List.of("Accept-Encoding: gzip"));
        kinds.put("`If-None-Match` with the current ETag (304)",
                () -> List.of("If-None-Match: " + fetch(servlet).headers().firstValue("ETag").orElseThrow()));
        for (Callable<List<String>> headers : kinds.values()) {
            Wrk.requestsPerSecond(servlet, 3, headers.call());
            Wrk.requestsPerSecond(baseline, 3, headers.call());
        }
        List<BenchmarkReport.StatusRates> rates = new ArrayList<>();
        for (var kind : kinds.entrySet()) {
            List<Double> servletRounds = new ArrayList<>();
            List<Double> baselineRounds = new ArrayList<>();
            for (int round = 0; round < STATUS_ROUNDS; round++) {
                servletRounds.add(statusPhase(kind.getKey(), servlet, kind.getValue().call()));
                baselineRounds.add(Wrk.requestsPerSecond(baseline, 10, kind.getValue().call()));
            }
            rates.add(new BenchmarkReport.StatusRates(kind.getKey(), servletRounds, baselineRounds));
        }
        users.createLocal("benchmark", "benchmark-password", EnumSet.of(Role.VIEWER), AccessScope.EVERYWHERE);
        String token = tokens.create(users.find("benchmark").orElseThrow().caller(), "wrk").secret();
        double withToken = Wrk.requestsPerSecond("http://127.0.0.1:" + port + "/api/v1/tenants/"
                + BenchmarkFleet.tenantName(1), 10, List.of("Authorization: Bearer " + token));
        report.append(BenchmarkReport.statusApi(TENANTS, length, STATUS_ROUNDS, rates, withToken));
        assertThat(first.headers().firstValue("ETag")).isPresent();
    }

    private static HttpResponse<Void> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** One wrk run on the status API; prints how its answers split between 200 and 304 and how many snapshots came out. */
    private double statusPhase(String name, String url, List<String> headers) throws Exception {
        long versionBefore = fleet.current().version();
        double ok = statusResponses("200");
        double notModified = statusResponses("304");
        double rate = Wrk.requestsPerSecond(url, 10, headers);
        System.out.printf(Locale.ROOT, "status API, %s: %.0f requests/s, 200: %.0f, 304: %.0f, snapshots published: %d%n",
                name, rate, statusResponses("200") - ok, statusResponses("304") - notModified,
                fleet.current().version() - versionBefore);
        return rate;
    }

    private double statusResponses(String status) {
        return meters.find("http.server.requests").tag("uri", "/api/v1/status").tag("status", status).timers().stream()
                .mapToDouble(t -> t.count()).sum();
    }

    @Test
    @Order(3)
    void change_to_board_latency_and_heap_per_board_session() throws Exception {
        String region = BenchmarkFleet.REGIONS[0];
        try (BoardBrowser browser = new BoardBrowser()) {
            String board = "http://127.0.0.1:" + port + "/"
                    + displays.create(Callers.admin(), "benchmark wall", region).boardPath() + "&page=1";
            Page page = browser.open(board);
            ShippedClient.require(context);
            // Tiles can be AMBER from slow probes measured while wrk saturated the machine: any not RED will do.
            List<String> onPage = page.locator(".board-tile[data-status='GREEN'], .board-tile[data-status='AMBER']")
                    .all().stream()
                    .map(t -> t.getAttribute("data-tenant")).toList();
            assertThat(onPage).hasSizeGreaterThanOrEqualTo(BOARD_CHANGES / 2);
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < BOARD_CHANGES; i++) {
                String tenant = onPage.get(i % onPage.size());
                KubernetesClient client = connections.client(clusterOf(tenant)).orElseThrow();
                browser.watchTile(page, tenant, "RED");
                long written = System.currentTimeMillis();
                BenchmarkFleet.setReady(client, "ent-" + tenant, "sso", 0);
                latencies.add(browser.awaitTile(page, tenant) - written);
                browser.watchTileLeave(page, tenant, "RED");
                BenchmarkFleet.setReady(client, "ent-" + tenant, "sso", PODS_PER_SERVICE);
                browser.awaitTile(page, tenant);
            }
            page.close();

            long before = Heap.liveBytes();
            List<Page> boards = new ArrayList<>();
            for (int i = 0; i < BOARD_SESSIONS; i++) {
                boards.add(browser.open(board));
            }
            long after = Heap.liveBytes();
            report.append(BenchmarkReport.board(latencies, BOARD_SESSIONS, onPage.size(), after - before));
            assertThat(boards).hasSize(BOARD_SESSIONS);
        }
    }

    @Test
    @Order(4)
    void scaling_latency_and_a_bulk_scale_of_a_hundred_services() {
        List<Double> singleMillis = new ArrayList<>();
        for (int i = 0; i < SINGLE_SCALES; i++) {
            String tenant = BenchmarkFleet.tenantName(TENANTS / 2 + i);
            long start = System.nanoTime();
            ScaleResult result = scaling.scale(new ScaleRequest(Callers.operator(), tenant, "binder", PODS_PER_SERVICE + 1,
                    PODS_PER_SERVICE, "benchmark", null, null, null, null));
            singleMillis.add((System.nanoTime() - start) / 1e6);
            assertThat(result.scaled()).as(result.message()).isTrue();
        }
        List<BulkScaling.Item> plan = bulk.plan(Callers.operator(), BenchmarkFleet.REGIONS[1], "messaging",
                new BulkScaling.Change(PODS_PER_SERVICE + 1, null)).subList(0, BULK_ITEMS);
        long start = System.nanoTime();
        List<BulkScaling.ItemResult> results = bulk.run(plan, Callers.operator(), "benchmark bulk", null, r -> { });
        double totalMillis = (System.nanoTime() - start) / 1e6;
        report.append(BenchmarkReport.scaling(TENANTS, singleMillis, results.size(), totalMillis,
                results.stream().filter(r -> r.result().scaled()).count()));
        assertThat(results).allSatisfy(r -> assertThat(r.result().scaled()).as(r.result().message()).isTrue());
    }

    /**
     * The embedded API servers send every object again as an event when a watch opens (a real one does
     * not): measure single changes once the console has digested them, i.e. rebuilds take under a tenth of
     * a 3-second window.
     */
    private void awaitQuiet() throws InterruptedException {
        Timer rebuilds = meters.get("vigie.fleet.snapshot.rebuild").timer();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        double busy;
        do {
            double before = rebuilds.totalTime(TimeUnit.MILLISECONDS);
            Thread.sleep(3000);
            busy = rebuilds.totalTime(TimeUnit.MILLISECONDS) - before;
        } while (busy > 300 && System.nanoTime() < deadline);
    }

    private static String clusterOf(String tenant) {
        return BenchmarkFleet.clusterName(Integer.parseInt(tenant.substring("bench-".length())) % CLUSTERS);
    }

    /** One request, as {@code kubectl scale} sends: the change exists once the API server has it. */
    private static void setReplicas(KubernetesClient client, String tenant, int replicas) {
        client.apps().deployments().inNamespace("ent-" + tenant).withName("portal")
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":" + replicas + "}}");
    }

    /** Waits for a snapshot that meets {@code condition}; returns when it was published ({@link System#nanoTime()}). */
    private long awaitSnapshot(Predicate<FleetSnapshot> condition) throws InterruptedException {
        if (condition.test(fleet.current())) {
            return System.nanoTime();
        }
        CountDownLatch reached = new CountDownLatch(1);
        AtomicLong publishedAt = new AtomicLong();
        Runnable unsubscribe = fleet.subscribe(s -> {
            if (reached.getCount() > 0 && condition.test(s)) {
                publishedAt.set(System.nanoTime());
                reached.countDown();
            }
        });
        try {
            if (condition.test(fleet.current())) {
                return System.nanoTime();
            }
            if (!reached.await(2, TimeUnit.MINUTES)) {
                throw new AssertionError("snapshot never reached the expected state");
            }
            return publishedAt.get();
        } finally {
            unsubscribe.run();
        }
    }
}
