package org.vigie.demo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.demo.*}: how the simulator plays the cluster. {@code readinessDelay} is how long a
 * new replica takes to become ready; {@code surgeFactor} multiplies the school-day traffic (3 for
 * the first day of the 2020 closures, 10 for the worst tenants).
 */
@Validated
@ConfigurationProperties("vigie.demo")
public record DemoProperties(
        @NotNull @DefaultValue("3s") Duration readinessDelay,
        @NotNull @DefaultValue("1s") Duration tick,
        @DecimalMin("0.1") @DecimalMax("20") @DefaultValue("1") double surgeFactor,
        @NotNull @DefaultValue("Europe/Paris") ZoneId zone) {
}
