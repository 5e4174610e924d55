package org.vigie.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.vigie.platform.DatabaseAvailability;

/**
 * Pooled connections do not survive PostgreSQL going away: when it goes, and again when it is back,
 * the pool drops every connection it holds (those in use as soon as they are returned), so that no
 * request after the return is handed a dead one.
 */
@Component
class StaleConnections {

    StaleConnections(DataSource dataSource, DatabaseAvailability availability) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            availability.subscribe(state -> {
                HikariPoolMXBean running = pool.getHikariPoolMXBean();
                if (running != null) {
                    running.softEvictConnections();
                }
            });
        }
    }
}
