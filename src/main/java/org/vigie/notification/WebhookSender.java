package org.vigie.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * One POST of a delivery, signed, with short timeouts: a receiver that does not connect or answer in
 * time is an error like any other, retried later; redirects are not followed.
 */
@Component
class WebhookSender {

    static final String EVENT = "X-Vigie-Event";
    static final String DELIVERY = "X-Vigie-Delivery";
    static final String TIMESTAMP = "X-Vigie-Timestamp";
    private static final int MAX_ERROR = 300;

    private final HttpClient http;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookSender(WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    AttemptResult send(ClaimedDelivery delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(properties.readTimeout())
                    .header("Content-Type", "application/json").header("User-Agent", "Vigie-Webhooks/1")
                    .header(EVENT, delivery.event()).header(DELIVERY, delivery.id().toString())
                    .header(TIMESTAMP, String.valueOf(clock.instant().getEpochSecond()))
                    .header(WebhookSignature.HEADER, WebhookSignature.of(delivery.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new AttemptResult(response.statusCode(), null, millisSince(started));
        } catch (HttpTimeoutException e) {
            return failed("timeout: " + e.getMessage(), started);
        } catch (IOException | IllegalArgumentException e) {
            return failed(e.getClass().getSimpleName() + ": " + e.getMessage(), started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted", started);
        }
    }

    private static AttemptResult failed(String error, long started) {
        String shown = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) + "…" : error;
        return new AttemptResult(null, shown, millisSince(started));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
