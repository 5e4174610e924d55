package org.vigie.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.vigie.platform.DatabaseSettings;

/**
 * Bounds every wait on PostgreSQL, for the embedded demo database and for {@code spring.datasource.*}
 * alike: a request waits at most {@code vigie.database.connection-timeout} for a connection (then
 * it is answered 503), a TCP connect as long, and a query at most {@code socket-timeout} for a
 * server that went silent. These win over {@code spring.datasource.hikari.connection-timeout}.
 */
@Component
class DataSourceBounds implements BeanPostProcessor {

    private final ObjectProvider<DatabaseSettings> settings;

    DataSourceBounds(ObjectProvider<DatabaseSettings> settings) {
        this.settings = settings;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool) {
            bound(pool, settings.getObject());
        }
        return bean;
    }

    static void bound(HikariDataSource pool, DatabaseSettings settings) {
        long wait = settings.connectionTimeout().toMillis();
        pool.setConnectionTimeout(wait);
        pool.setValidationTimeout(Math.min(pool.getValidationTimeout(), wait));
        // The driver reads its properties as strings; a number would be silently ignored.
        pool.addDataSourceProperty("connectTimeout", String.valueOf(DatabaseSettings.seconds(settings.connectionTimeout())));
        pool.addDataSourceProperty("socketTimeout", String.valueOf(DatabaseSettings.seconds(settings.socketTimeout())));
    }
}
