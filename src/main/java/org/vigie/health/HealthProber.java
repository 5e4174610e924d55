package org.vigie.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Probes every tenant's health URL on a fixed period. A probe measures, from this console, the time
 * from sending {@code GET <health URL>} to receiving the response headers (connection, TLS and
 * the tenant's answer included). Probes run on a few platform threads of their own, never on the
 * virtual threads that serve the console's web traffic, so a busy console does not slow them
 * down; a probe that could not even start on time (the console itself starved) is discarded
 * rather than recorded as a failure of the tenant: unknown, and grey once its data is stale.
 * Results go to {@link ProbeResults}; the publisher's once-a-second check turns them into colours.
 */
@Component
class HealthProber implements SmartLifecycle {

    /** Few buckets, around the usual objectives: one histogram per tenant must stay cheap to scrape. */
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200),
        Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofMillis(3200),
        Duration.ofSeconds(5)};

    private static final Logger log = LoggerFactory.getLogger(HealthProber.class);
    private static final int PROBE_THREADS = 4;

    private final TenantCatalogue catalogue;
    private final ProbeTargets targets;
    private final ProbeResults results;
    private final HealthProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final HttpClient http;
    /** Daemon threads kept across stop and start (a paused context starts again); they idle when no probe runs. */
    private final ExecutorService probeThreads;
    private ScheduledExecutorService scheduler;

    HealthProber(TenantCatalogue catalogue, ProbeTargets targets, ProbeResults results,
            HealthProperties properties, Clock clock, MeterRegistry meters) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.results = results;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.probeThreads = Executors.newFixedThreadPool(PROBE_THREADS,
                Thread.ofPlatform().name("health-probe-", 0).daemon().factory());
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.probeTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(probeThreads)
                .build();
    }

    @Override
    public void start() {
        scheduler = Executors.newScheduledThreadPool(1, Thread.ofPlatform().name("health-prober").daemon().factory());
        scheduler.scheduleAtFixedRate(this::probeAll, 0, properties.probeInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Spreads the round over the interval: a thousand tenants must not hit shared ingresses at once. */
    private void probeAll() {
        List<Tenant> tenants = catalogue.all();
        long spacingNanos = properties.probeInterval().toNanos() / Math.max(1, tenants.size());
        Instant roundStart = clock.instant();
        for (int i = 0; i < tenants.size(); i++) {
            Tenant tenant = tenants.get(i);
            long delayNanos = i * spacingNanos;
            Instant due = roundStart.plusNanos(delayNanos);
            scheduler.schedule(() -> probeThreads.execute(() -> probe(tenant, due)), delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Probes now, unless the console is so late that the result would say more about it than about the tenant. */
    void probe(Tenant tenant, Instant due) {
        Duration lateness = Duration.between(due, clock.instant());
        if (lateness.compareTo(properties.probeTimeout()) > 0) {
            log.warn("Probe of {} discarded: it started {} ms late, the console is overloaded", tenant.name(),
                    lateness.toMillis());
            return;
        }
        probe(tenant);
    }

    void probe(Tenant tenant) {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(targets.target(tenant)).timeout(properties.probeTimeout())
                    .header("User-Agent", "Vigie health probe").GET().build();
        } catch (IllegalArgumentException e) {
            results.failure(tenant.name(), start, "unreachable:" + e.getMessage());
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null) {
                answered(tenant, start, response.statusCode(), Duration.ofNanos(System.nanoTime() - startNanos));
            } else {
                failed(tenant, start, failure instanceof CompletionException ? failure.getCause() : failure);
            }
        });
    }

    private void answered(Tenant tenant, Instant start, int status, Duration latency) {
        if (status >= 200 && status < 400) {
            results.success(tenant.name(), start, latency);
            latencyTimer(tenant).record(latency);
        } else {
            results.failure(tenant.name(), start, "http:" + status);
        }
    }

    private void failed(Tenant tenant, Instant start, Throwable failure) {
        if (failure instanceof HttpTimeoutException) {
            results.failure(tenant.name(), start, "timeout:" + properties.probeTimeout().toMillis());
        } else {
            results.failure(tenant.name(), start, "unreachable:" + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : " " + failure.getMessage()));
        }
    }

    private Timer latencyTimer(Tenant tenant) {
        return Timer.builder("vigie.probe.latency")
                .description("Latency of the synthetic probe of each tenant's health URL")
                .tags("tenant", tenant.name(), "region", tenant.region())
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(meters);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
