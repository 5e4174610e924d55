package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

class ClusterWatchersTest {

    /**
     * Lifecycles stop from the highest phase down: the watches must outlive the graceful shutdown of
     * the web server, or a scale request still being served is refused as "cluster has not answered".
     */
    @Test
    void the_watches_are_closed_only_after_the_web_server_has_finished_its_requests() {
        ClusterWatchers watchers = new ClusterWatchers(new ClusterConnections(Map.of()), null, Clock.systemUTC(),
                ClusterApiProperties.DEFAULTS);

        assertThat(watchers.getPhase()).isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE)
                .isLessThan(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE);
    }

    @Test
    void the_clusters_first_checks_are_spread_over_one_period_instead_of_all_at_once() {
        long period = 120_000;

        assertThat(IntStream.range(0, 20).mapToLong(i -> ClusterWatchers.staggered(period, i, 20)))
                .doesNotHaveDuplicates()
                .allSatisfy(first -> assertThat(first).isBetween(period, 2 * period - 1))
                .contains(period, period + 6_000, period + 114_000);
    }
}
