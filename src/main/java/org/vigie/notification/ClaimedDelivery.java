package org.vigie.notification;

import java.util.UUID;

/** A due delivery this console claimed, with what sending it needs; {@code attempt} counts from 1. */
record ClaimedDelivery(UUID id, String event, String payload, int attempt, String url, String secret) {
}
