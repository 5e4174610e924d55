package org.vigie.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo console seeing faults within seconds: data stale after 8 s, each API server's heartbeat every
 * second and its requests cut after 2 s, watches checked every 2 s, health URLs probed every 2 s with a 1 s
 * timeout. The test classes so annotated share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vigie.health.staleness-limit=8s", "vigie.cluster-api.heartbeat-interval=1s",
        "vigie.cluster-api.request-timeout=2s", "vigie.cluster-api.watch-check-interval=2s",
        "vigie.health.probe-interval=2s", "vigie.health.probe-timeout=1s"})
@interface QuickFaultDetection {
}
