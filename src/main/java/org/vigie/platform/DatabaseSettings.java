package org.vigie.platform;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.database.*}: how long a request may wait for PostgreSQL before it is answered 503,
 * how long a silent server may hold a query, and how often its availability is checked.
 */
@Validated
@ConfigurationProperties("vigie.database")
public record DatabaseSettings(
        @DefaultValue("3s") @NotNull @DurationMin(millis = 250) Duration connectionTimeout,
        @DefaultValue("10s") @NotNull @DurationMin(seconds = 1) Duration socketTimeout,
        @DefaultValue("1s") @NotNull @DurationMin(millis = 100) Duration checkInterval) {

    /** Whole seconds, rounded up, as the PostgreSQL driver takes its timeouts. */
    public static int seconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
