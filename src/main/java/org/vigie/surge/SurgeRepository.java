package org.vigie.surge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Plans and their changes in PostgreSQL. State changes are conditional updates: the row is the claim. */
@Repository
class SurgeRepository {

    /** Everything of a plan that is not a column. */
    record Definition(LoadProfile profile, SurgePreset preset, List<String> tenants, List<String> regions,
            String incident, boolean shedEssential, List<TenantSurge> computed) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SurgeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(SurgePlan plan) {
        jdbc.sql("""
                insert into surge_plan (id, name, state, window_start, window_end, zone, definition, created_by, created_at)
                values (:id, :name, :state, :start, :end, :zone, cast(:definition as jsonb), :by, :at)""")
                .param("id", plan.id()).param("name", plan.name()).param("state", plan.state().name())
                .param("start", timestamp(plan.window().start())).param("end", timestamp(plan.window().end()))
                .param("zone", plan.window().zone().getId()).param("definition", json.writeValueAsString(definition(plan)))
                .param("by", plan.createdBy()).param("at", timestamp(plan.createdAt())).update();
        List<ServiceChange> changes = plan.changes();
        for (int i = 0; i < changes.size(); i++) {
            ServiceChange c = changes.get(i);
            jdbc.sql("""
                    insert into surge_change (plan_id, ord, tenant, service, autoscaled, planned)
                    values (:plan, :ord, :tenant, :service, :autoscaled, :planned)""")
                    .param("plan", plan.id()).param("ord", i).param("tenant", c.tenant()).param("service", c.service())
                    .param("autoscaled", c.autoscaled()).param("planned", c.planned()).update();
        }
    }

    Optional<SurgePlan> find(UUID id) {
        return jdbc.sql("select * from surge_plan where id = :id").param("id", id).query(this::plan).optional();
    }

    List<SurgePlan> all() {
        return jdbc.sql("select * from surge_plan order by created_at desc, id").query(this::plan).list();
    }

    List<SurgePlan> live() {
        return jdbc.sql("select * from surge_plan where state in ('PLANNED', 'APPLYING', 'APPLIED', 'REVERTING')")
                .query(this::plan).list();
    }

    /** Names of the plans being applied, applied or being reverted, oldest applied first. */
    List<String> inEffect() {
        return jdbc.sql("""
                select name from surge_plan where state in ('APPLYING', 'APPLIED', 'REVERTING')
                order by applied_at nulls last, name""").query(String.class).list();
    }

    List<SurgeChangeRecord> changes(UUID plan) {
        return jdbc.sql("select * from surge_change where plan_id = :plan order by ord").param("plan", plan)
                .query((rs, n) -> new SurgeChangeRecord(rs.getInt("ord"), rs.getString("tenant"), rs.getString("service"),
                        rs.getBoolean("autoscaled"), rs.getInt("planned"), (Integer) rs.getObject("before_replicas"),
                        (Integer) rs.getObject("before_max"), rs.getString("apply_outcome"), rs.getString("apply_message"),
                        rs.getString("revert_outcome"), rs.getString("revert_message"))).list();
    }

    /**
     * Takes the plan from one of {@code from} to {@code to} for {@code owner} until {@code until}, or
     * renews an expired claim; false when another console holds it or it is no longer in those states.
     */
    boolean claim(UUID id, List<SurgePlan.State> from, SurgePlan.State to, String owner, Instant now, Instant until) {
        return jdbc.sql("""
                update surge_plan set state = :to, claimed_by = :owner, claimed_until = :until
                where id = :id and (state in (:from) or state = :to and (claimed_until is null or claimed_until < :now))""")
                .param("id", id).param("to", to.name()).param("owner", owner).param("until", timestamp(until))
                .param("now", timestamp(now)).param("from", from.isEmpty() ? List.of("NONE") : from.stream().map(Enum::name).toList()).update() == 1;
    }

    void applied(UUID id, String by, Instant at) {
        jdbc.sql("""
                update surge_plan set state = 'APPLIED', applied_by = coalesce(applied_by, :by),
                    applied_at = coalesce(applied_at, :at), claimed_by = null, claimed_until = null where id = :id""")
                .param("id", id).param("by", by).param("at", timestamp(at)).update();
    }

    void applyingBy(UUID id, String by) {
        jdbc.sql("update surge_plan set applied_by = coalesce(applied_by, :by) where id = :id").param("id", id)
                .param("by", by).update();
    }

    void revertingBy(UUID id, String by) {
        jdbc.sql("update surge_plan set reverted_by = coalesce(reverted_by, :by) where id = :id").param("id", id)
                .param("by", by).update();
    }

    /** Counts one more attempt at reverting a change, and returns its number (each attempt has its own key). */
    int nextRevertAttempt(UUID plan, int ord) {
        return jdbc.sql("""
                update surge_change set revert_attempts = revert_attempts + 1 where plan_id = :plan and ord = :ord
                returning revert_attempts""").param("plan", plan).param("ord", ord).query(Integer.class).single();
    }

    void renew(UUID id, String owner, Instant until) {
        jdbc.sql("update surge_plan set claimed_until = :until where id = :id and claimed_by = :owner")
                .param("id", id).param("owner", owner).param("until", timestamp(until)).update();
    }

    /** Lets go of a claim without changing the state, so that the next tick (here or elsewhere) tries again. */
    void release(UUID id) {
        jdbc.sql("update surge_plan set claimed_until = null, claimed_by = null where id = :id").param("id", id).update();
    }

    void ended(UUID id, SurgePlan.State state, Instant at) {
        jdbc.sql("""
                update surge_plan set state = :state, reverted_at = :at, claimed_by = null, claimed_until = null
                where id = :id""").param("id", id).param("state", state.name()).param("at", timestamp(at)).update();
    }

    boolean expire(UUID id) {
        return jdbc.sql("update surge_plan set state = 'EXPIRED' where id = :id and state = 'PLANNED'").param("id", id)
                .update() == 1;
    }

    void recordApply(UUID plan, int ord, Integer before, Integer beforeMax, String outcome, String message) {
        jdbc.sql("""
                update surge_change set before_replicas = :before, before_max = :max, apply_outcome = :outcome,
                    apply_message = :message where plan_id = :plan and ord = :ord""")
                .param("plan", plan).param("ord", ord).param("before", before).param("max", beforeMax)
                .param("outcome", outcome).param("message", message).update();
    }

    void recordRevert(UUID plan, int ord, String outcome, String message) {
        jdbc.sql("""
                update surge_change set revert_outcome = :outcome, revert_message = :message
                where plan_id = :plan and ord = :ord""")
                .param("plan", plan).param("ord", ord).param("outcome", outcome).param("message", message).update();
    }

    /** Deletes a plan that does not hold (not applying, applied or reverting); false otherwise. */
    boolean delete(UUID id) {
        return jdbc.sql("delete from surge_plan where id = :id and state in ('PLANNED', 'REVERTED', 'EXPIRED')")
                .param("id", id).update() == 1;
    }

    /** Serialises plan saves, so that two overlapping plans saved at once cannot both pass the check. */
    void lockPlans() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", 0x5375726765L).query().singleRow();
    }

    private SurgePlan plan(ResultSet rs, int row) throws SQLException {
        Definition d = json.readValue(rs.getString("definition"), Definition.class);
        SurgeWindow window = new SurgeWindow(instant(rs, "window_start"), instant(rs, "window_end"),
                ZoneId.of(rs.getString("zone")));
        return new SurgePlan(rs.getObject("id", UUID.class), rs.getString("name"), d.profile(), d.preset(), d.tenants(),
                d.regions(), window, d.incident(), d.shedEssential(), SurgePlan.State.valueOf(rs.getString("state")),
                rs.getString("created_by"), instant(rs, "created_at"), rs.getString("applied_by"),
                instant(rs, "applied_at"), instant(rs, "reverted_at"), d.computed());
    }

    private static Definition definition(SurgePlan plan) {
        return new Definition(plan.profile(), plan.preset(), plan.tenants(), plan.regions(), plan.incident(),
                plan.shedEssential(), plan.computed());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
