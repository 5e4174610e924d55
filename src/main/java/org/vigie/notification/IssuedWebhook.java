package org.vigie.notification;

/** A webhook just created, with its secret: shown once (generated when none was given), never again. */
public record IssuedWebhook(Webhook webhook, String secret) {
}
