package org.vigie.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.platform.Language;
import org.junit.jupiter.api.Test;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshot.ClusterStatus;
import org.vigie.health.HealthEvaluator;
import org.vigie.health.TenantState;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant;

/** Issue #11: a tenant being onboarded is shown as such on the public page, never as an incident. */
class StatusPageTest {

    static final Instant NOW = Instant.parse("2026-11-28T07:45:00Z");

    static Tenant onboarding() {
        return new Tenant("loire-colleges", "ENT Loire — collèges", new Tenant.Authority(Tenant.AuthorityKind.COUNTY,
                "Département de la Loire"), "auvergne-rhone-alpes", List.of("lyon"), List.of("42"), "plaque-lyon",
                "ent-loire-colleges", new Tenant.TenantUrls("https://ent.loire.example.fr/",
                        "https://ent.loire.example.fr/healthz"), new Tenant.Population(40000, 3300, 54000),
                new Tenant.Capacity(600), new Tenant.Slo(99.5, 800), new Tenant.ContractQuota("20", "40Gi", 40),
                List.of(), Tenant.Lifecycle.ONBOARDING,
                List.of(new ServiceSpec("sso", Priority.CRITICAL, 2, 6, "500m", "1Gi", false)));
    }

    @Test
    void a_tenant_being_onboarded_reads_as_being_put_into_service_not_as_an_incident() {
        Tenant tenant = onboarding();
        TenantState state = new TenantState(tenant, List.of(), List.of(), null, null, NOW, null);
        ClusterStatus cluster = new ClusterStatus("plaque-lyon", true, true, true, NOW, NOW);
        state = new TenantState(tenant, List.of(), List.of(), null, null, NOW,
                new HealthEvaluator(Duration.ofSeconds(60)).evaluate(state, cluster, NOW));

        String page = StatusPageController.render(new FleetSnapshot(1, NOW, List.of(state), Map.of()),
                name -> Optional.empty(), Language.FR);

        assertThat(page).contains("En cours de mise en service").doesNotContain("Incident");
        assertThat(page).contains("<h2>Auvergne-Rhône-Alpes</h2>").contains("depuis le 28/11/2026 08:45:00");
    }
}
