package org.vigie.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.security.*}. The idle time of a session is {@code server.servlet.session.timeout}
 * (set from {@code vigie.security.session-idle-timeout}, 30 min by default). A sign-out asked on
 * another console reaches this one's sessions within {@code session-sync-interval}.
 */
@Validated
@ConfigurationProperties("vigie.security")
public record SecuritySettings(
        @DefaultValue("5") @Positive int failuresBeforeLock,
        @DefaultValue("60s") @NotNull Duration lockTime,
        @DefaultValue("15m") @NotNull Duration failureWindow,
        @DefaultValue("15s") @NotNull Duration displayCheckInterval,
        String prometheusToken,
        InitialAdmin initialAdmin,
        @DefaultValue("2s") @NotNull Duration sessionSyncInterval) {

    /** The first admin of a production console, created at start-up when there is no admin yet. */
    public record InitialAdmin(String username, String password) {
    }
}
