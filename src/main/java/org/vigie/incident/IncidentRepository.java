package org.vigie.incident;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents and their entries in PostgreSQL; ids come from the database, state moves are conditional updates. */
@Repository
class IncidentRepository {

    private final JdbcClient jdbc;

    IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Incident draft) {
        return jdbc.sql("""
                insert into incident (title, severity, state, tenants, services, summary, declared_by, declared_at,
                    impact_started_at, commander)
                values (:title, :severity, :state, :tenants, :services, :summary, :by, :at, :impact, :commander)
                returning id""")
                .param("title", draft.title()).param("severity", draft.severity().name())
                .param("state", draft.state().name()).param("tenants", draft.tenants().toArray(String[]::new))
                .param("services", draft.services().toArray(String[]::new)).param("summary", draft.summary())
                .param("by", draft.declaredBy()).param("at", Timestamp.from(draft.declaredAt()))
                .param("impact", Timestamp.from(draft.impactStartedAt())).param("commander", draft.commander())
                .query(Long.class).single();
    }

    IncidentEntry append(long incident, Instant at, IncidentEntry.Kind kind, String actor, String text,
            boolean publicUpdate) {
        long id = jdbc.sql("""
                insert into incident_entry (incident_id, at, kind, actor, text, public)
                values (:incident, :at, :kind, :actor, :text, :public) returning id""")
                .param("incident", incident).param("at", Timestamp.from(at)).param("kind", kind.name())
                .param("actor", actor).param("text", text).param("public", publicUpdate).query(Long.class).single();
        return new IncidentEntry(id, incident, at, kind, actor, text, publicUpdate);
    }

    /** Locks the incident's row for this transaction, so that concurrent updates are taken one after the other. */
    Optional<Incident> lock(long id) {
        return jdbc.sql("select * from incident where id = :id for update").param("id", id).query(this::map).optional();
    }

    void moveTo(long id, IncidentState state, Instant resolvedAt) {
        jdbc.sql("update incident set state = :state, resolved_at = :resolved where id = :id").param("id", id)
                .param("state", state.name()).param("resolved", resolvedAt == null ? null : Timestamp.from(resolvedAt))
                .update();
    }

    void correct(long id, String commander, Instant impactStartedAt) {
        jdbc.sql("update incident set commander = :commander, impact_started_at = :impact where id = :id")
                .param("id", id).param("commander", commander).param("impact", Timestamp.from(impactStartedAt)).update();
    }

    Optional<Incident> find(long id) {
        return jdbc.sql("select * from incident where id = :id").param("id", id).query(this::map).optional();
    }

    /** Open incidents first (most severe, then latest), then resolved ones, latest first. */
    List<Incident> list(boolean openOnly, int limit) {
        return jdbc.sql("select * from incident" + (openOnly ? " where state <> 'RESOLVED'" : "")
                        + " order by (state = 'RESOLVED'), case when state <> 'RESOLVED' then severity end,"
                        + " declared_at desc, id desc limit :limit")
                .param("limit", limit).query(this::map).list();
    }

    List<IncidentEntry> entries(long incident) {
        return jdbc.sql("select * from incident_entry where incident_id = :incident order by id")
                .param("incident", incident).query(IncidentRepository::entry).list();
    }

    /** Public updates of the open incidents, oldest first. */
    List<IncidentEntry> openPublicUpdates() {
        return jdbc.sql("""
                select e.* from incident_entry e join incident i on i.id = e.incident_id
                where i.state <> 'RESOLVED' and e.public order by e.id""").query(IncidentRepository::entry).list();
    }

    private static IncidentEntry entry(ResultSet rs, int row) throws SQLException {
        return new IncidentEntry(rs.getLong("id"), rs.getLong("incident_id"), rs.getTimestamp("at").toInstant(),
                IncidentEntry.Kind.valueOf(rs.getString("kind")), rs.getString("actor"), rs.getString("text"),
                rs.getBoolean("public"));
    }

    private Incident map(ResultSet rs, int row) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Incident(rs.getLong("id"), rs.getString("title"), Severity.valueOf(rs.getString("severity")),
                IncidentState.valueOf(rs.getString("state")), strings(rs.getArray("tenants")),
                strings(rs.getArray("services")), rs.getString("summary"), rs.getString("declared_by"),
                rs.getTimestamp("declared_at").toInstant(), rs.getTimestamp("impact_started_at").toInstant(),
                rs.getString("commander"), resolved == null ? null : resolved.toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
