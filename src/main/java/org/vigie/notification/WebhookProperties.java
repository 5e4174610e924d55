package org.vigie.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.webhooks.*}: attempts per delivery and the first back-off (doubled at each retry), the
 * receiver's connect and answer timeouts, how often the worker looks for due deliveries, how many it
 * claims at once and how long a claim lasts before another console may take the delivery over.
 */
@Validated
@ConfigurationProperties("vigie.webhooks")
public record WebhookProperties(@Min(1) @Max(20) @DefaultValue("6") int maxAttempts,
        @NotNull @DefaultValue("1s") Duration firstBackoff,
        @NotNull @DefaultValue("2s") Duration connectTimeout,
        @NotNull @DefaultValue("5s") Duration readTimeout,
        @NotNull @DefaultValue("1s") Duration pollInterval,
        @Min(1) @DefaultValue("20") int batch,
        @NotNull @DefaultValue("1m") Duration claimLease) {

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones: 1 s, 2 s, 4 s… */
    public Duration backoffAfter(int attempt) {
        return firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    }
}
