package org.vigie.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.health.Status;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class StatusHistoryRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StatusHistoryRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Appends each transition unless the tenant's last recorded colour already is its target, or a later
     * change is already recorded: several consoles seeing the same change write it once, and a console
     * writing late never inserts an episode into the past. One tenant's appends are serialised across
     * consoles by an advisory lock. Returns the transitions written, each {@code from} the colour
     * recorded before it.
     */
    @Transactional
    List<StatusTransition> append(List<StatusTransition> transitions) {
        // Locks taken in one order (by name) by every console, so that two batches never deadlock.
        transitions.stream().map(StatusTransition::tenant).distinct().sorted().forEach(tenant -> jdbc.sql(
                "select pg_advisory_xact_lock(hashtext('status_transition'), hashtext(:tenant))")
                .param("tenant", tenant).query((rs, row) -> row).list());
        List<StatusTransition> written = new ArrayList<>();
        for (StatusTransition t : transitions) {
            Optional<StatusSince> recorded = jdbc.sql("""
                    select to_status, at from status_transition where tenant = :tenant order by at desc, id desc limit 1
                    """).param("tenant", t.tenant()).query((rs, row) -> new StatusSince(Status.valueOf(rs.getString(1)),
                            rs.getTimestamp(2).toInstant())).optional();
            if (recorded.isPresent() && (recorded.get().status() == t.to() || recorded.get().since().isAfter(t.at()))) {
                continue;
            }
            StatusTransition transition = new StatusTransition(t.tenant(), t.at(),
                    recorded.map(StatusSince::status).orElse(null), t.to(), t.reasons());
            insert(transition);
            written.add(transition);
        }
        return written;
    }

    private void insert(StatusTransition t) {
        jdbc.sql("""
                insert into status_transition (tenant, at, from_status, to_status, reasons)
                values (:tenant, :at, :from, :to, cast(:reasons as jsonb))
                """)
                .param("tenant", t.tenant())
                .param("at", Timestamp.from(t.at()))
                .param("from", t.from() == null ? null : t.from().name())
                .param("to", t.to().name())
                .param("reasons", json.writeValueAsString(t.reasons()))
                .update();
    }

    /**
     * Appends {@code past} only while nothing is recorded before {@code until}, one caller at a time:
     * true if written, false if a history was already there.
     */
    @Transactional
    boolean appendPastIfNone(Instant until, List<StatusTransition> past) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('status_transition past'))").query((rs, row) -> row).list();
        boolean recorded = jdbc.sql("select exists (select 1 from status_transition where at < :until)")
                .param("until", Timestamp.from(until)).query(Boolean.class).single();
        if (!recorded) {
            past.forEach(this::insert);
        }
        return !recorded;
    }

    /** Each tenant's current colour as recorded, and since when. */
    Map<String, StatusSince> lastStatuses() {
        return jdbc.sql("""
                select distinct on (tenant) tenant, to_status, at from status_transition order by tenant, at desc, id desc
                """)
                .query((rs, row) -> Map.entry(rs.getString(1), new StatusSince(Status.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant())))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The last transition at or before {@code at}: the colour the tenant had then. */
    Optional<StatusTransition> lastBefore(String tenant, Instant at) {
        return jdbc.sql("""
                select * from status_transition where tenant = :tenant and at <= :at order by at desc, id desc limit 1
                """)
                .param("tenant", tenant).param("at", Timestamp.from(at))
                .query(this::map).optional();
    }

    List<StatusTransition> between(String tenant, Instant from, Instant to) {
        return jdbc.sql("""
                select * from status_transition where tenant = :tenant and at > :from and at <= :to order by at, id
                """)
                .param("tenant", tenant).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(this::map).list();
    }

    List<StatusTransition> latest(String tenant, int limit) {
        return jdbc.sql("select * from status_transition where tenant = :tenant order by at desc, id desc limit :limit")
                .param("tenant", tenant).param("limit", limit)
                .query(this::map).list();
    }

    private StatusTransition map(ResultSet rs, int row) throws SQLException {
        String from = rs.getString("from_status");
        return new StatusTransition(rs.getString("tenant"), rs.getTimestamp("at").toInstant(),
                from == null ? null : Status.valueOf(from), Status.valueOf(rs.getString("to_status")),
                json.readValue(rs.getString("reasons"), STRINGS));
    }
}
