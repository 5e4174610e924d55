package org.vigie.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.ProbeTargets;
import org.vigie.health.TenantState;
import org.vigie.tenant.Tenant;

/**
 * Stand-ins for the tenants' health URLs, on loopback: {@code /tenants/<name>/healthz} answers
 * after a latency that grows as the tenant nears its capacity, unless a {@link ProbeFault} is set.
 */
final class DemoHealthEndpoints implements ProbeTargets, AutoCloseable {

    private static final int BASE_LATENCY_MS = 40;

    private final HttpServer server;
    private final FleetSnapshotPublisher fleet;
    private final Map<String, ProbeFault> faults = new ConcurrentHashMap<>();

    DemoHealthEndpoints(FleetSnapshotPublisher fleet) {
        this.fleet = fleet;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the demo health endpoints on loopback", e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/tenants/", this::answer);
        server.start();
    }

    @Override
    public URI target(Tenant tenant) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tenants/" + tenant.name() + "/healthz");
    }

    void setFault(String tenant, ProbeFault fault) {
        faults.put(tenant, fault);
    }

    void clearFault(String tenant) {
        faults.remove(tenant);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            String tenant = parts.length == 4 && parts[3].equals("healthz") ? parts[2] : null;
            Optional<TenantState> state = tenant == null ? Optional.empty() : fleet.current().tenant(tenant);
            if (state.isEmpty()) {
                reply(exchange, 404, "unknown tenant");
                return;
            }
            ProbeFault fault = faults.get(tenant);
            sleep(fault != null && fault.mode() == ProbeFault.Mode.SLOW ? fault.latencyMs() : loadLatency(state.get()));
            if (fault != null && fault.mode() == ProbeFault.Mode.FAILING) {
                reply(exchange, fault.status(), "failing (demo fault)");
            } else {
                reply(exchange, 200, "ok");
            }
        }
    }

    /** Fast while the tenant has room; from 85 % of capacity on, each further percent adds 40 ms. */
    static int loadLatency(TenantState state) {
        long capacity = state.sessionCapacity().orElse(0);
        double ratio = state.sessions() == null || capacity == 0 ? 0 : (double) state.sessions() / capacity;
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return (int) ((BASE_LATENCY_MS + Math.max(0, ratio - 0.85) * 4000) * jitter);
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
