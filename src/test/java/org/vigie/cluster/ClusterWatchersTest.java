package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
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
}
