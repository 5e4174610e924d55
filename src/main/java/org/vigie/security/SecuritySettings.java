package org.vigie.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.security.*}. The idle time of a session is {@code server.servlet.session.timeout}
 * (set from {@code vigie.security.session-idle-timeout}, 30 min by default).
 */
@ConfigurationProperties("vigie.security")
public record SecuritySettings(
        @DefaultValue("5") int failuresBeforeLock,
        @DefaultValue("60s") Duration lockTime,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15s") Duration displayCheckInterval,
        String prometheusToken,
        InitialAdmin initialAdmin) {

    /** The first admin of a production console, created at start-up when there is no admin yet. */
    public record InitialAdmin(String username, String password) {
    }
}
