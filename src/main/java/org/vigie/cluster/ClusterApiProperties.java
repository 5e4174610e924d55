package org.vigie.cluster;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.cluster-api.*}: how long one call to an API server may take (no retry: an operator
 * would rather read "it did not answer" than wait a minute), and how often each cluster is asked
 * whether it is still there. A cluster that has not answered for {@link #silentAfter()} is silent:
 * scaling its tenants is refused at once instead of waiting for a timeout.
 */
@Validated
@ConfigurationProperties("vigie.cluster-api")
public record ClusterApiProperties(
        @NotNull @DefaultValue("5s") Duration requestTimeout,
        @NotNull @DefaultValue("10s") Duration heartbeatInterval) {

    public static final ClusterApiProperties DEFAULTS = new ClusterApiProperties(Duration.ofSeconds(5),
            Duration.ofSeconds(10));

    /** Three heartbeats missed. */
    public Duration silentAfter() {
        return heartbeatInterval.multipliedBy(3);
    }
}
