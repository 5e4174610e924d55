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
 * scaling its tenants is refused at once instead of waiting for a timeout. Every
 * {@link #watchCheckInterval()} the Deployments listed afresh are compared with the watched cache, to
 * find a watch that silently stopped delivering events (decision 0026).
 */
@Validated
@ConfigurationProperties("vigie.cluster-api")
public record ClusterApiProperties(
        @NotNull @DefaultValue("5s") Duration requestTimeout,
        @NotNull @DefaultValue("10s") Duration heartbeatInterval,
        @NotNull @DefaultValue("2m") Duration watchCheckInterval) {

    public static final ClusterApiProperties DEFAULTS = new ClusterApiProperties(Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofMinutes(2));

    /** Three heartbeats missed. */
    public Duration silentAfter() {
        return heartbeatInterval.multipliedBy(3);
    }
}
