package org.vigie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.security.display.DisplayTokens;
import org.vigie.testing.Callers;
import org.vigie.testing.DemoFleet;
import org.vigie.testing.TenantDirectories;

/**
 * Wall boards of a full page (60 tiles, demo fleet of 60 tenants), each in a Chromium context of its own:
 * a change reaching one open board; the heap a board session holds on the server beside an empty Vaadin UI
 * session (the sign-in page, the lightest view) measured in the same run, the pages of a round open while the
 * heap is weighed (a page that is closed takes its UI with it); then a change reaching
 * {@code vigie.benchmark.live-boards} boards (default 50) left open at once, beside one board. Run with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=BoardSessionsBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardSessionsBenchmark {

    static final int SESSIONS = 10;
    static final int CHANGES = 20;
    static final int ROUNDS = 3;
    static final int LIVE_BOARDS = Integer.getInteger("vigie.benchmark.live-boards", 50);
    static final long SETTLED_BYTES = 256 * 1024;
    static final Duration REST = Duration.ofSeconds(20);

    /** The classes that grew most in the last round weighed, per session. */
    private String growth = "";

    @LocalServerPort
    int port;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    DisplayTokens displays;

    @Autowired
    WebServerApplicationContext web;

    @DynamicPropertySource
    static void sixtyTenants(DynamicPropertyRegistry registry) {
        Path directory = TenantDirectories.sixtyTenants();
        registry.add("vigie.tenants.dir", directory::toString);
    }

    @Test
    void heap_per_board_session_beside_an_empty_ui_and_a_change_reaching_one_then_fifty_boards() throws Exception {
        DemoFleet.noneInServiceRedOrGrey(fleet, TenantDirectories.SIXTY, Duration.ofMinutes(3));
        String board = "http://127.0.0.1:" + port + "/"
                + displays.create(Callers.admin(), "benchmark " + System.nanoTime(), null).boardPath() + "&page=1";
        StringBuilder report = new StringBuilder();
        try (BoardBrowser browser = new BoardBrowser()) {
            Page first = browser.open(board);
            ShippedClient.require(web);
            Split oneSplit = new Split();
            List<Double> one = changes(browser, List.of(first), oneSplit);
            first.context().close();
            List<Double> empties = new ArrayList<>();
            List<Double> boardSessions = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                empties.add(perSession(() -> browser.openOther("http://127.0.0.1:" + port + "/login",
                        "vaadin-login-form")));
                boardSessions.add(perSession(() -> browser.open(board)));
            }
            String boardGrowth = growth;
            double empty = empties.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double boards = boardSessions.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            report.append(String.join("\n", "",
                    "| wall boards (60 tiles each, demo fleet of 60 tenants) | value | baseline in the same run | target |",
                    "|---|---|---|---|",
                    "| heap per open board session, live bytes (" + ROUNDS + " rounds of " + SESSIONS
                            + " sessions, mean; rounds: " + kibs(boardSessions) + ") | " + kib(boards)
                            + " | empty UI session (sign-in page): " + kib(empty) + " (rounds: " + kibs(empties) + ") | |",
                    "| board session minus empty UI session | " + kib(boards - empty) + " | | ≤ 512 KiB |",
                    "| classes that grew most per board session (last round) | " + boardGrowth + " | | |",
                    "| change → tile in Chromium, one board, p50 / p95 / max of " + CHANGES + " | " + millis(one)
                            + " | of which written → snapshot published: " + millis(oneSplit.toSnapshot()) + " | p95 ≤ 150 ms |",
                    ""));
            if (LIVE_BOARDS > 0) {
                report.append(liveBoards(browser, board, one));
            }
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/board-sessions.md"), report);
            System.out.println(report);
            assertThat(one).hasSize(CHANGES);
            assertThat(boards).isPositive();
        }
    }

    /** {@link #LIVE_BOARDS} boards left open at once, then the changes reaching all of them. */
    private String liveBoards(BoardBrowser browser, String board, List<Double> one) {
        List<Page> live = new ArrayList<>();
        List<Double> opening = new ArrayList<>();
        for (int i = 0; i < LIVE_BOARDS; i++) {
            long start = System.nanoTime();
            live.add(browser.open(board));
            opening.add((System.nanoTime() - start) / 1e6);
        }
        Split split = new Split();
        List<Double> all = new ArrayList<>();
        Map<String, Double> atRest = ProcessCpu.cores(() -> sleep(REST));
        Map<String, Double> changing = ProcessCpu.cores(() -> all.addAll(changes(browser, live, split)));
        assertThat(all).hasSize(CHANGES);
        return String.join("\n",
                "| change → tile on every one of " + LIVE_BOARDS + " live boards (Chromium contexts, time to the slowest), "
                        + "p50 / p95 / max of " + CHANGES + " | " + millis(all) + " | one board: " + millis(one)
                        + " | p95 ≤ 1 s |",
                "| of which status written → snapshot published, then snapshot → slowest of " + LIVE_BOARDS
                        + " boards, p50 / p95 / max | " + millis(split.toSnapshot()) + "; " + millis(split.toSlowest())
                        + " | snapshot → first board " + millis(split.toFirst()) + "; → median board "
                        + millis(split.toMedian()) + " | |",
                "| cores used by each kind of process during the " + CHANGES + " changes (each waits for the previous one,"
                        + " and for the tile back to green, on every board) | " + cores(changing) + " | at rest, "
                        + REST.toSeconds() + " s with the " + LIVE_BOARDS + " boards open: " + cores(atRest) + " | |",
                "| opening a board while the others stay live, p50 / p95 / max of " + LIVE_BOARDS + " | "
                        + millis(opening) + " | | |",
                "");
    }

    /** Opens a page in a context of its own; the benchmark then closes the context, not the server's session. */
    interface Opening {
        Page open() throws Exception;
    }

    /**
     * Every session expired before and after, so that each round weighs only its own: left to their heartbeat
     * timeout, sessions of an earlier round ended during a later one and gave negative figures.
     */
    private double perSession(Opening opening) throws Exception {
        expireEverySession();
        Map<String, Long> before = settledHeap();
        List<Page> open = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            open.add(opening.open());
        }
        Map<String, Long> after = Heap.liveBytesByClass();
        int sessions = sessions().length;
        int uis = uis();
        open.forEach(page -> page.context().close());
        expireEverySession();
        assertThat(uis).as("UIs alive on the server while weighed").isEqualTo(SESSIONS);
        growth = Heap.largestGrowth(before, after, Math.max(1, sessions), 12);
        System.out.printf("%d sessions and %d UIs on the server with %d pages open; per session: %s%n", sessions, uis,
                SESSIONS, growth);
        return (after.get(Heap.TOTAL) - before.get(Heap.TOTAL)) / (double) Math.max(1, sessions);
    }

    /** The Vaadin UIs alive in every session: a page closed by its browser takes its UI with it. */
    private int uis() {
        int uis = 0;
        for (Session session : sessions()) {
            var attributes = session.getSession().getAttributeNames();
            while (attributes.hasMoreElements()) {
                if (session.getSession().getAttribute(attributes.nextElement()) instanceof VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        uis += vaadin.getUIs().size();
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
        }
        return uis;
    }

    /**
     * The live heap once expired sessions are gone: their UIs are let go a little after the expiry (the
     * first runs of this method gave negative figures for the round after a round of boards).
     */
    private static Map<String, Long> settledHeap() throws Exception {
        Map<String, Long> previous = Heap.liveBytesByClass();
        for (int i = 0; i < 15; i++) {
            Thread.sleep(2000);
            Map<String, Long> now = Heap.liveBytesByClass();
            if (Math.abs(now.get(Heap.TOTAL) - previous.get(Heap.TOTAL)) < SETTLED_BYTES) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private Session[] sessions() {
        Context context = (Context) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
        return context.getManager().findSessions();
    }

    private void expireEverySession() {
        for (Session session : sessions()) {
            session.expire();
        }
    }

    /**
     * Each change writes a tenant's {@code sso} status with no ready replica (RED at once); the time is until
     * the slowest of the pages shows the tile RED. The demo then brings the replicas back by itself, possibly
     * before the last page has been read: each page's own record of the moment says it turned RED.
     */
    private List<Double> changes(BoardBrowser browser, List<Page> pages, Split split) {
        List<TenantState> victims = fleet.current().tenants().stream().filter(TenantState::inService).toList();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            TenantState victim = victims.get((i * 7) % victims.size());
            String tenant = victim.tenant().name();
            DemoFleet.noneInServiceRedOrGrey(fleet, TenantDirectories.SIXTY, Duration.ofMinutes(1));
            pages.forEach(page -> browser.watchTile(page, tenant, "RED"));
            CompletableFuture<Long> published = new CompletableFuture<>();
            Runnable unsubscribe = fleet.subscribe(snapshot -> snapshot.tenant(tenant)
                    .filter(state -> state.status() == Status.RED).ifPresent(red -> published.complete(System.currentTimeMillis())));
            long written = System.currentTimeMillis();
            BenchmarkFleet.setReady(clusters.client(victim.tenant().cluster()).orElseThrow(), victim.tenant().namespace(),
                    "sso", 0);
            List<Double> seen = pages.stream().map(page -> browser.awaitTile(page, tenant)).toList();
            unsubscribe.run();
            List<Double> sorted = seen.stream().sorted().toList();
            double slowest = sorted.getLast();
            long snapshot = published.getNow(written);
            millis.add(slowest - written);
            split.toSnapshot().add((double) (snapshot - written));
            split.toFirst().add(sorted.getFirst() - snapshot);
            split.toMedian().add(sorted.get(sorted.size() / 2) - snapshot);
            split.toSlowest().add(slowest - snapshot);
            assertThat(seen).allMatch(at -> at >= written);
        }
        return millis;
    }

    /** Each change's time from the write to the snapshot, then from the snapshot to the first, median and last page. */
    private record Split(List<Double> toSnapshot, List<Double> toFirst, List<Double> toMedian, List<Double> toSlowest) {
        Split() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private static String cores(Map<String, Double> cores) {
        return String.join(", ", cores.entrySet().stream().filter(kind -> kind.getValue() >= 0.005)
                .map(kind -> String.format(Locale.ROOT, "%s %.2f", kind.getKey(), kind.getValue())).toList());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String kib(double bytes) {
        return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024);
    }

    private static String millis(List<Double> values) {
        return BenchmarkReport.millis(BenchmarkReport.percentile(values, 50)) + " / "
                + BenchmarkReport.millis(BenchmarkReport.percentile(values, 95)) + " / "
                + BenchmarkReport.millis(BenchmarkReport.percentile(values, 100));
    }

    private static String kibs(List<Double> values) {
        return String.join(", ", values.stream().map(BoardSessionsBenchmark::kib).toList());
    }

}
