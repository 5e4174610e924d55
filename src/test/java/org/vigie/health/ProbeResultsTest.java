package org.vigie.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProbeResultsTest {

    private static final Instant AT = Instant.parse("2026-11-30T07:00:00Z");

    private final ProbeResults results = new ProbeResults();

    @Test
    void a_summary_is_made_once_per_probe_and_read_as_often_as_wanted() {
        results.success("loire", AT, Duration.ofMillis(120));

        ProbeSummary first = results.summary("loire");

        assertThat(results.summary("loire")).isSameAs(first);
        results.failure("loire", AT.plusSeconds(10), "http:503");
        assertThat(results.summary("loire")).isNotSameAs(first);
        assertThat(results.summary("loire").failure()).isEqualTo("http:503");
        assertThat(results.summary("loire").lastAttemptAt()).isEqualTo(AT.plusSeconds(10));
    }

    @Test
    void the_p95_is_taken_over_the_last_twenty_answers_and_a_failure_keeps_it() {
        for (int i = 1; i <= 25; i++) {
            results.success("loire", AT.plusSeconds(i), Duration.ofMillis(i * 10L));
        }
        results.failure("loire", AT.plusSeconds(30), "timeout");

        ProbeSummary summary = results.summary("loire");

        assertThat(summary.p95Latency()).isEqualTo(Duration.ofMillis(240));
        assertThat(summary.failing()).isTrue();
    }

    @Test
    void a_tenant_never_probed_has_no_summary() {
        assertThat(results.summary("loire")).isNull();
    }
}
