package org.vigie.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries in PostgreSQL: recorded PENDING before anything is sent, claimed by one console at a time
 * ({@code FOR UPDATE SKIP LOCKED}, then a lease), each attempt recorded with its outcome.
 */
@Repository
public class WebhookDeliveries {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookDeliveries(JdbcClient jdbc, TransactionTemplate transactions, WebhookProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** One PENDING row per active webhook subscribed to the event; its payload built with its id. */
    int enqueue(WebhookEvent event, Function<UUID, String> payload) {
        Instant now = now();
        return transactions.execute(status -> {
            List<UUID> webhooks = jdbc.sql("select id from webhook where active and :event = any(events)")
                    .param("event", event.wire()).query(UUID.class).list();
            for (UUID webhook : webhooks) {
                UUID id = UUID.randomUUID();
                jdbc.sql("""
                        insert into webhook_delivery (id, webhook_id, event, payload, state, next_at, created_at)
                        values (:id, :webhook, :event, :payload, 'PENDING', :now, :now)
                        """).param("id", id).param("webhook", webhook).param("event", event.wire())
                        .param("payload", payload.apply(id)).param("now", Timestamp.from(now)).update();
            }
            return webhooks.size();
        });
    }

    /** Claims up to {@code limit} due deliveries for this console; a row locked or leased elsewhere is skipped. */
    List<ClaimedDelivery> claim(int limit) {
        Instant now = now();
        return jdbc.sql("""
                update webhook_delivery d set claimed_until = :until, attempts = d.attempts + 1
                from webhook w
                where w.id = d.webhook_id and d.id in (
                    select id from webhook_delivery
                    where state = 'PENDING' and next_at <= :now and (claimed_until is null or claimed_until <= :now)
                    order by next_at limit :limit
                    for update skip locked)
                returning d.id, d.event, d.payload, d.attempts, w.url, w.secret
                """).param("until", Timestamp.from(now.plus(properties.claimLease()))).param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new ClaimedDelivery(rs.getObject("id", UUID.class), rs.getString("event"),
                        rs.getString("payload"), rs.getInt("attempts"), rs.getString("url"), rs.getString("secret")))
                .list();
    }

    /** Records the attempt and what follows: delivered, another try after the back-off, or failed. */
    void record(ClaimedDelivery delivery, AttemptResult result) {
        Instant now = now();
        boolean retry = !result.delivered() && result.retryable() && delivery.attempt() < properties.maxAttempts();
        String state = result.delivered() ? "DELIVERED" : retry ? "PENDING" : "FAILED";
        Instant next = retry ? now.plus(properties.backoffAfter(delivery.attempt())) : now;
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into webhook_attempt (delivery_id, attempt, at, http_status, error, duration_ms)
                    values (:id, :attempt, :at, :status, :error, :duration)
                    """).param("id", delivery.id()).param("attempt", delivery.attempt()).param("at", Timestamp.from(now))
                    .param("status", result.httpStatus()).param("error", result.error())
                    .param("duration", result.durationMs()).update();
            jdbc.sql("""
                    update webhook_delivery set state = :state, next_at = :next, claimed_until = null
                    where id = :id and attempts = :attempt and state = 'PENDING'
                    """).param("state", state).param("next", Timestamp.from(next)).param("id", delivery.id())
                    .param("attempt", delivery.attempt()).update();
        });
    }

    /** Pending deliveries of a removed webhook will not be sent. */
    void abandon(UUID webhook) {
        jdbc.sql("update webhook_delivery set state = 'FAILED' where webhook_id = :id and state = 'PENDING'")
                .param("id", webhook).update();
    }

    /** The latest deliveries, newest first, each with its last attempt. */
    public List<Delivery> recent(int limit) {
        return jdbc.sql("""
                select d.id, d.event, w.url, d.state, d.attempts, d.created_at, a.at, a.http_status, a.error
                from webhook_delivery d join webhook w on w.id = d.webhook_id
                left join lateral (select * from webhook_attempt where delivery_id = d.id
                                   order by attempt desc limit 1) a on true
                order by d.created_at desc limit :limit
                """).param("limit", limit)
                .query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), rs.getString("event"),
                        rs.getString("url"), Delivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("at") == null ? null : rs.getTimestamp("at").toInstant(),
                        (Integer) rs.getObject("http_status"), rs.getString("error")))
                .list();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
