package org.vigie.surge;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.surge.*}: how often the scheduler compares the plans with the clock, and how long a
 * console's claim on a plan being applied or reverted lasts before another console may resume it,
 * and how long applying waits for shed pods to leave the quota before raising the tenant's others.
 */
@Validated
@ConfigurationProperties("vigie.surge")
public record SurgeProperties(@NotNull @DefaultValue("15s") Duration tick,
        @NotNull @DefaultValue("2m") Duration claimLease,
        @NotNull @DefaultValue("60s") Duration shedSettleTimeout) {
}
