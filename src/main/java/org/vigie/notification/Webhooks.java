package org.vigie.notification;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditLog;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;

/** The webhooks an ADMIN configures: each creation and removal is committed with its audit record. */
@Service
public class Webhooks {

    public static final String CREATE = "webhook-create";
    public static final String REMOVE = "webhook-remove";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final SecurityAudit security;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit, SecurityAudit security,
            WebhookDeliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.security = security;
        this.clock = clock;
    }

    /** Active webhooks first, newest first. */
    public List<Webhook> all() {
        return jdbc.sql("select * from webhook order by active desc, created_at desc").query(Webhooks::webhook).list();
    }

    /** {@code secret} null or blank: Vigie generates one (32 random bytes, hex), returned here once. */
    public IssuedWebhook create(Caller caller, String url, String secret, Collection<String> events) {
        security.requireRole(caller, Role.ADMIN, "webhook creation", "requires ADMIN");
        String target = WebhookValidation.url(url).toString();
        String key = secret == null || secret.isEmpty() ? generated() : secret;
        WebhookValidation.secret(key);
        List<WebhookEvent> chosen = WebhookValidation.events(events);
        UUID id = UUID.randomUUID();
        String[] wire = chosen.stream().map(WebhookEvent::wire).toArray(String[]::new);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into webhook (id, url, secret, events, created_by, created_at)
                    values (:id, :url, :secret, string_to_array(:events, ','), :by, :at)
                    """).param("id", id).param("url", target).param("secret", key).param("events", String.join(",", wire))
                    .param("by", caller.username())
                    .param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS))).update();
            audit.append(AuditEntry.security(caller.username(), CREATE, null, Outcome.SUCCEEDED,
                    "webhook " + id + " to " + target + " for " + String.join(", ", wire)));
        });
        Webhook created = jdbc.sql("select * from webhook where id = :id").param("id", id).query(Webhooks::webhook)
                .single();
        return new IssuedWebhook(created, key);
    }

    /** Stops deliveries to it (those pending end as FAILED); its past deliveries stay visible. */
    public void remove(Caller caller, UUID id) {
        security.requireRole(caller, Role.ADMIN, "webhook removal", "requires ADMIN");
        transactions.executeWithoutResult(status -> {
            String url = jdbc.sql("update webhook set active = false, removed_by = :by, removed_at = :at "
                            + "where id = :id and active returning url")
                    .param("by", caller.username())
                    .param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS))).param("id", id)
                    .query(String.class).optional()
                    .orElseThrow(() -> new WebhookRefused("id", "webhook.refused.unknown", "webhook " + id
                            + " does not exist or was already removed", id));
            deliveries.abandon(id);
            audit.append(AuditEntry.security(caller.username(), REMOVE, null, Outcome.SUCCEEDED,
                    "webhook " + id + " to " + url));
        });
    }

    static String hint(String secret) {
        return "…" + secret.substring(secret.length() - 4);
    }

    private static String generated() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Webhook webhook(ResultSet rs, int row) throws SQLException {
        Array events = rs.getArray("events");
        List<WebhookEvent> chosen = Arrays.stream((String[]) events.getArray())
                .flatMap(name -> WebhookEvent.ofWire(name).stream()).toList();
        return new Webhook(rs.getObject("id", UUID.class), rs.getString("url"), hint(rs.getString("secret")), chosen,
                rs.getBoolean("active"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
