package org.vigie.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditLog;
import org.vigie.cluster.ClusterConnections;
import org.vigie.cluster.ClusterWatchers;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.security.SecurityAudit;
import org.vigie.testing.Callers;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScalingWithoutAuditStoreIT {

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    ClusterWatchers watchers;

    @Test
    void when_postgresql_is_unreachable_nothing_is_written_to_kubernetes_and_the_user_is_told_why() throws Exception {
        DataSource gone;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            gone = postgres.getPostgresDatabase();
        }
        AuditLog unreachable = new AuditLog(JdbcClient.create(gone),
                new TransactionTemplate(new DataSourceTransactionManager(gone)), Clock.systemUTC());
        ScalingService scaling = new ScalingService(fleet, clusters, watchers, unreachable, new SecurityAudit(unreachable));
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant("puy-de-dome-colleges")
                .flatMap(t -> t.service("binder")).map(s -> s.ready() == s.desired() && s.desired() > 0).orElse(false));
        TenantState tenant = fleet.current().tenant("puy-de-dome-colleges").orElseThrow();
        int before = tenant.service("binder").orElseThrow().desired();

        ScaleResult result = scaling.scale(new ScaleRequest(Callers.operator(), "puy-de-dome-colleges", "binder", before + 1,
                null, "more binders", null, null, null, null));

        assertThat(result.kind()).isEqualTo(ScaleResult.Kind.AUDIT_UNAVAILABLE);
        assertThat(result.message()).isEqualTo("the audit store (PostgreSQL) is unavailable, so nothing was changed "
                + "in Kubernetes; try again when it is back");
        assertThat(clusters.client(tenant.tenant().cluster()).orElseThrow().apps().deployments()
                .inNamespace(tenant.tenant().namespace()).withName("binder").get().getSpec().getReplicas())
                .isEqualTo(before);
    }
}
