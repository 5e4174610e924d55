package org.vigie.surge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The names of the plans in effect (being applied, applied, being reverted), for banners that ask every
 * second: read from PostgreSQL at most every {@link #FRESH_FOR}; while it is away, the last answer stands.
 */
@Component
public class ActiveSurgePlans {

    static final Duration FRESH_FOR = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(ActiveSurgePlans.class);

    private final SurgeRepository repository;
    private final Clock clock;
    private List<String> names = List.of();
    private Instant readAt;

    ActiveSurgePlans(SurgeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public synchronized List<String> names() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(FRESH_FOR))) {
            readAt = now;
            try {
                names = repository.inEffect();
            } catch (DataAccessException e) {
                log.debug("Plans in effect not read, the last answer stands: {}", e.getMessage());
            }
        }
        return names;
    }
}
