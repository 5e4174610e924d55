package org.vigie.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.tenant.Tenant;

/** Issue #10: a probe the console could not start on time says nothing about the tenant. */
class HealthProberTest {

    static final Duration TIMEOUT = Duration.ofSeconds(1);

    HttpServer healthUrl;
    ProbeResults results = new ProbeResults();
    HealthProber prober;
    Tenant tenant = HealthEvaluatorTest.tenant();

    @BeforeEach
    void start() throws Exception {
        healthUrl = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        healthUrl.createContext("/healthz", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        healthUrl.start();
        URI target = URI.create("http://127.0.0.1:" + healthUrl.getAddress().getPort() + "/healthz");
        prober = new HealthProber(null, t -> target, results,
                new HealthProperties(Duration.ofSeconds(60), Duration.ofSeconds(10), TIMEOUT),
                Clock.systemUTC(), new SimpleMeterRegistry());
    }

    @AfterEach
    void stop() {
        prober.stop();
        healthUrl.stop(0);
    }

    @Test
    void a_probe_that_starts_later_than_its_timeout_is_discarded_instead_of_failing_the_tenant() throws Exception {
        prober.probe(tenant, Instant.now().minus(TIMEOUT.multipliedBy(3)));
        Thread.sleep(300);

        assertThat(results.summary(tenant.name())).isNull();
    }

    @Test
    void a_probe_started_on_time_records_what_the_health_url_answered() {
        prober.probe(tenant, Instant.now());

        await().atMost(Duration.ofSeconds(5)).until(() -> results.summary(tenant.name()) != null);
        assertThat(results.summary(tenant.name()).failure()).isEqualTo("http:503");
    }
}
