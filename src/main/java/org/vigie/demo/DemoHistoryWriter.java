package org.vigie.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.vigie.history.StatusHistory;
import org.vigie.history.StatusTransition;
import org.vigie.tenant.TenantCatalogue;

/**
 * At demo start-up, gives every tenant a simulated past month of colours when the history holds
 * nothing older than a few minutes, so that uptime figures and timelines have something to show.
 * A restart on the same database finds that past and writes nothing.
 */
final class DemoHistoryWriter {

    private static final Logger log = LoggerFactory.getLogger(DemoHistoryWriter.class);
    static final Duration LIVE_MARGIN = Duration.ofMinutes(5);

    private final TenantCatalogue catalogue;
    private final StatusHistory history;
    private final DemoProperties properties;
    private final Clock clock;

    DemoHistoryWriter(TenantCatalogue catalogue, StatusHistory history, DemoProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /** True if the simulated month was written now. */
    boolean writeIfEmpty() {
        Instant until = clock.instant().minus(LIVE_MARGIN);
        List<StatusTransition> past = catalogue.all().stream()
                .flatMap(t -> DemoHistory.of(t, until, properties.zone()).stream()).toList();
        try {
            boolean written = history.recordPastIfEmpty(until, past);
            log.info(written ? "Demo: wrote a simulated month of status history ({} transitions)"
                    : "Demo: status history already present, {} simulated transitions not written", past.size());
            return written;
        } catch (DataAccessException e) {
            log.warn("Demo: no simulated status history, PostgreSQL unavailable: {}", e.getMessage());
            return false;
        }
    }
}
