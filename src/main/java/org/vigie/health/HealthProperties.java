package org.vigie.health;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.health.*}: data older than {@code stalenessLimit} turns tiles grey; each tenant's
 * health URL is probed every {@code probeInterval}, failing after {@code probeTimeout}.
 */
@Validated
@ConfigurationProperties("vigie.health")
public record HealthProperties(
        @NotNull @DefaultValue("60s") Duration stalenessLimit,
        @NotNull @DefaultValue("10s") Duration probeInterval,
        @NotNull @DefaultValue("5s") Duration probeTimeout) {
}
