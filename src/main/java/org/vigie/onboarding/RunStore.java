package org.vigie.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The runs and their step journal in PostgreSQL; a step row is written before and after its write. */
@Repository
class RunStore {

    private static final TypeReference<List<PlannedObject>> OBJECTS = new TypeReference<>() { };

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };

    /** Each journal write renews the run: one left this long without a step was left by a stopped console. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    RunStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    void insert(OnboardingRun run, String document, String manifests) {
        jdbc.sql("""
                insert into onboarding_run (id, tenant, cluster, namespace, kind, state, document, manifests, objects,
                    plan_hash, reason, created_by, created_at, updated_at, warnings)
                values (:id, :tenant, :cluster, :namespace, :kind, :state, cast(:document as jsonb),
                    cast(:manifests as jsonb), cast(:objects as jsonb), :hash, :reason, :by, :at, :at, cast(:warnings as jsonb))
                """)
                .param("id", run.id()).param("tenant", run.tenant()).param("cluster", run.cluster())
                .param("namespace", run.namespace()).param("kind", run.kind().name()).param("state", run.state().name())
                .param("document", document).param("manifests", manifests)
                .param("objects", json.writeValueAsString(run.objects())).param("hash", run.planHash())
                .param("reason", run.reason()).param("by", run.createdBy())
                .param("warnings", json.writeValueAsString(run.warnings()))
                .param("at", Timestamp.from(run.createdAt()))
                .update();
    }

    /**
     * Moves the run to APPLYING for this worker if it may be (re)started: PLANNED, FAILED, or APPLYING
     * by another console whose journal has not moved for {@link #ABANDONED_AFTER} (that console
     * stopped). False when another caller has it.
     */
    boolean claim(UUID id, UUID worker) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update onboarding_run set state = 'APPLYING', worker = :worker, failure = null, updated_at = :at
                where id = :id and (state in ('PLANNED', 'FAILED') or (state = 'APPLYING'
                    and worker is distinct from :worker and updated_at < :abandoned))
                """).param("id", id).param("worker", worker).param("at", Timestamp.from(now))
                .param("abandoned", Timestamp.from(now.minus(ABANDONED_AFTER))).update() == 1;
    }

    /** Moves the run between states; false when it was not in {@code from}. */
    boolean transition(UUID id, List<RunState> from, RunState to, RunFailure failure) {
        return jdbc.sql("""
                update onboarding_run set state = :to, failure = cast(:failure as jsonb), updated_at = :at
                where id = :id and state in (:from)
                """).param("id", id).param("to", to.name())
                .param("failure", failure == null ? null : json.writeValueAsString(failure))
                .param("from", from.stream().map(Enum::name).toList())
                .param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    void step(UUID run, StepOutcome step) {
        jdbc.sql("""
                insert into onboarding_step (run_id, step, kind, name, action, status, created, detail, at)
                values (:run, :step, :kind, :name, :action, :status, :created, :detail, :at)
                on conflict (run_id, step) do update set action = excluded.action, status = excluded.status,
                    created = onboarding_step.created or excluded.created, detail = excluded.detail, at = excluded.at
                """).param("run", run).param("step", step.step()).param("kind", step.kind()).param("name", step.name())
                .param("action", step.action().name()).param("status", step.status().name())
                .param("created", step.created()).param("detail", step.detail())
                .param("at", Timestamp.from(step.at())).update();
        jdbc.sql("update onboarding_run set updated_at = :at where id = :run and state = 'APPLYING'")
                .param("run", run).param("at", Timestamp.from(clock.instant())).update();
    }

    Optional<OnboardingRun> find(UUID id) {
        return jdbc.sql("select * from onboarding_run where id = :id").param("id", id)
                .query(this::run).optional();
    }

    List<OnboardingRun> recent(int limit) {
        return jdbc.sql("select * from onboarding_run order by created_at desc limit :limit").param("limit", limit)
                .query(this::run).list();
    }

    Optional<String> document(UUID id) {
        return jdbc.sql("select document::text from onboarding_run where id = :id").param("id", id)
                .query(String.class).optional();
    }

    String manifests(UUID id) {
        return jdbc.sql("select manifests::text from onboarding_run where id = :id").param("id", id)
                .query(String.class).single();
    }

    private List<StepOutcome> steps(UUID run) {
        return jdbc.sql("select * from onboarding_step where run_id = :run order by step").param("run", run)
                .query((rs, row) -> new StepOutcome(rs.getInt("step"), rs.getString("kind"), rs.getString("name"),
                        PlannedObject.Action.valueOf(rs.getString("action")),
                        StepOutcome.Status.valueOf(rs.getString("status")), rs.getBoolean("created"),
                        rs.getString("detail"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    private OnboardingRun run(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String failure = rs.getString("failure");
        return new OnboardingRun(id, rs.getString("tenant"), rs.getString("cluster"), rs.getString("namespace"),
                OnboardingKind.valueOf(rs.getString("kind")), RunState.valueOf(rs.getString("state")),
                json.readValue(rs.getString("objects"), OBJECTS), steps(id),
                failure == null ? null : json.readValue(failure, RunFailure.class), rs.getString("plan_hash"),
                rs.getString("reason"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), json.readValue(rs.getString("warnings"), TEXTS));
    }
}
