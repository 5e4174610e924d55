package org.vigie.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Maintenance windows in PostgreSQL. */
@Repository
class MaintenanceRepository {

    private final JdbcClient jdbc;

    MaintenanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Instant start, Instant end, List<String> tenants, String text, String by, Instant at) {
        return jdbc.sql("""
                insert into maintenance_window (starts_at, ends_at, tenants, public_text, created_by, created_at)
                values (:start, :end, :tenants, :text, :by, :at) returning id""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("tenants", tenants.toArray(String[]::new)).param("text", text).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** Ends a window now (or cancels it before it starts); false when it was already over. */
    boolean end(long id, Instant now) {
        return jdbc.sql("""
                update maintenance_window set starts_at = least(starts_at, :before), ends_at = :now
                where id = :id and ends_at > :now""")
                .param("id", id).param("now", Timestamp.from(now)).param("before", Timestamp.from(now.minusMillis(1)))
                .update() == 1;
    }

    Optional<MaintenanceWindow> find(long id) {
        return jdbc.sql("select * from maintenance_window where id = :id").param("id", id)
                .query(MaintenanceRepository::map).optional();
    }

    List<MaintenanceWindow> notOverAt(Instant at) {
        return jdbc.sql("select * from maintenance_window where ends_at > :at order by starts_at, id")
                .param("at", Timestamp.from(at)).query(MaintenanceRepository::map).list();
    }

    /** Windows overlapping {@code [from, to)} that name the tenant. */
    List<MaintenanceWindow> overlapping(String tenant, Instant from, Instant to) {
        return jdbc.sql("""
                select * from maintenance_window where :tenant = any(tenants) and starts_at < :to and ends_at > :from
                order by starts_at""")
                .param("tenant", tenant).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(MaintenanceRepository::map).list();
    }

    private static MaintenanceWindow map(ResultSet rs, int row) throws SQLException {
        return new MaintenanceWindow(rs.getLong("id"), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), IncidentRepository.strings(rs.getArray("tenants")),
                rs.getString("public_text"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
