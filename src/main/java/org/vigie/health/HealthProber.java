package org.vigie.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Probes every tenant's health URL on a fixed period, each probe on its own virtual thread. Results
 * go to {@link ProbeResults}; the publisher's once-a-second check turns them into new colours.
 */
@Component
class HealthProber implements SmartLifecycle {

    /** Few buckets, around the usual objectives: one histogram per tenant must stay cheap to scrape. */
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200),
        Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofMillis(3200),
        Duration.ofSeconds(5)};

    private final TenantCatalogue catalogue;
    private final ProbeTargets targets;
    private final ProbeResults results;
    private final HealthProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final HttpClient http;
    private ScheduledExecutorService scheduler;

    HealthProber(TenantCatalogue catalogue, ProbeTargets targets, ProbeResults results,
            HealthProperties properties, Clock clock, MeterRegistry meters) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.results = results;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.probeTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("health-prober").daemon().factory());
        scheduler.scheduleAtFixedRate(this::probeAll, 0, properties.probeInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Spreads the round over the interval: a thousand tenants must not hit shared ingresses at once. */
    private void probeAll() {
        List<Tenant> tenants = catalogue.all();
        long spacingNanos = properties.probeInterval().toNanos() / Math.max(1, tenants.size());
        for (int i = 0; i < tenants.size(); i++) {
            Tenant tenant = tenants.get(i);
            long delayNanos = i * spacingNanos;
            Thread.ofVirtual().name("probe-" + tenant.name()).start(() -> {
                try {
                    TimeUnit.NANOSECONDS.sleep(delayNanos);
                    probe(tenant);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    void probe(Tenant tenant) {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(targets.target(tenant))
                    .timeout(properties.probeTimeout())
                    .header("User-Agent", "Vigie health probe")
                    .GET().build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            Duration latency = Duration.ofNanos(System.nanoTime() - startNanos);
            if (response.statusCode() >= 200 && response.statusCode() < 400) {
                results.success(tenant.name(), start, latency);
                latencyTimer(tenant).record(latency);
            } else {
                results.failure(tenant.name(), start, "answered HTTP " + response.statusCode());
            }
        } catch (HttpTimeoutException e) {
            results.failure(tenant.name(), start,
                    "did not answer within " + properties.probeTimeout().toMillis() + " ms");
        } catch (IOException | IllegalArgumentException e) {
            results.failure(tenant.name(), start, "is unreachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
