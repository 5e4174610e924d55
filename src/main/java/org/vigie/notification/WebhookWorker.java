package org.vigie.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every poll interval, claims the due deliveries and sends each on its own virtual thread, so that a
 * receiver that hangs holds only its own delivery (and at most for the timeouts).
 */
@Component
class WebhookWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private volatile ScheduledExecutorService ticker;
    private volatile ExecutorService senders;

    WebhookWorker(WebhookDeliveries deliveries, WebhookSender sender, WebhookProperties properties) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (ticker == null) {
            senders = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-send-", 0).factory());
            ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("webhook-worker").daemon()
                    .factory());
            ticker.scheduleWithFixedDelay(this::tick, properties.pollInterval().toMillis(),
                    properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            senders.shutdownNow();
            ticker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    private void tick() {
        try {
            for (ClaimedDelivery delivery : deliveries.claim(properties.batch())) {
                senders.execute(() -> deliver(delivery));
            }
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries not claimed this time: {}", e.getMessage());
        }
    }

    /** Sends one claimed delivery and records the attempt (a lapsed lease lets another console retry it). */
    void deliver(ClaimedDelivery delivery) {
        AttemptResult result = sender.send(delivery);
        try {
            deliveries.record(delivery, result);
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} attempt {} ({}) not recorded: {}", delivery.id(), delivery.attempt(),
                    result.delivered() ? "delivered" : result.error() + " " + result.httpStatus(), e.getMessage());
        }
    }
}
