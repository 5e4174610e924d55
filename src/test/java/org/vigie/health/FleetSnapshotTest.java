package org.vigie.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant;

/** What every board reads of a snapshot is computed once per snapshot, in the boards' order. */
class FleetSnapshotTest {

    static final Instant NOW = Instant.parse("2026-11-29T07:45:00Z");

    static TenantState state(String name, String displayName, String region, Status status, Tenant.Lifecycle lifecycle) {
        Tenant tenant = new Tenant(name, displayName, new Tenant.Authority(Tenant.AuthorityKind.COUNTY, displayName),
                region, List.of("lyon"), List.of("42"), "plaque-lyon", "ent-" + name,
                new Tenant.TenantUrls("https://" + name + ".example.fr/", "https://" + name + ".example.fr/healthz"),
                new Tenant.Population(1000, 100, 1000), new Tenant.Capacity(600), new Tenant.Slo(99.5, 800),
                new Tenant.ContractQuota("20", "40Gi", 40), List.of(), lifecycle,
                List.of(new ServiceSpec("sso", Priority.CRITICAL, 1, 6, "500m", "1Gi", false)));
        return new TenantState(tenant, List.of(), List.of(), null, null, NOW,
                new TenantHealth(status, List.of(), List.of()));
    }

    final FleetSnapshot snapshot = new FleetSnapshot(7, NOW, List.of(
            state("ain-colleges", "ENT Ain", "auvergne-rhone-alpes", Status.GREEN, Tenant.Lifecycle.ACTIVE),
            state("allier-colleges", "ENT Allier", "auvergne-rhone-alpes", Status.AMBER, Tenant.Lifecycle.ACTIVE),
            state("aa-nouveau", "ENT Zébrée", "auvergne-rhone-alpes", Status.RED, Tenant.Lifecycle.ONBOARDING),
            state("paris-lycees", "ENT Paris", "ile-de-france", Status.RED, Tenant.Lifecycle.ACTIVE),
            state("aisne-colleges", "ENT Aisne", "hauts-de-france", Status.GREY, Tenant.Lifecycle.SUSPENDED)),
            Map.of());

    @Test
    void boards_read_the_tenants_by_region_then_display_name_from_one_list_sorted_once() {
        assertThat(snapshot.boardOrder(null)).extracting(t -> t.tenant().name()).containsExactly("ain-colleges",
                "allier-colleges", "aa-nouveau", "aisne-colleges", "paris-lycees");
        assertThat(snapshot.boardOrder(null)).isSameAs(snapshot.boardOrder(null));
        assertThat(snapshot.boardOrder("auvergne-rhone-alpes")).extracting(t -> t.tenant().name())
                .containsExactly("ain-colleges", "allier-colleges", "aa-nouveau");
        assertThat(snapshot.boardOrder("auvergne-rhone-alpes")).isSameAs(snapshot.boardOrder("auvergne-rhone-alpes"));
        assertThat(snapshot.boardOrder("bretagne")).isEmpty();
    }

    @Test
    void a_region_takes_the_worst_colour_of_its_tenants_in_service_and_grey_without_any() {
        assertThat(snapshot.regionStatus("auvergne-rhone-alpes")).isEqualTo(Status.AMBER);
        assertThat(snapshot.regionStatus("ile-de-france")).isEqualTo(Status.RED);
        assertThat(snapshot.regionStatus("hauts-de-france")).isEqualTo(Status.GREY);
        assertThat(snapshot.regionStatus("bretagne")).isEqualTo(Status.GREY);
    }

    @Test
    void regions_come_in_alphabetical_order_each_in_catalogue_order_and_the_same_map_every_time() {
        assertThat(snapshot.byRegion()).containsOnlyKeys("auvergne-rhone-alpes", "hauts-de-france", "ile-de-france");
        assertThat(snapshot.byRegion().keySet()).containsExactly("auvergne-rhone-alpes", "hauts-de-france",
                "ile-de-france");
        assertThat(snapshot.byRegion().get("auvergne-rhone-alpes")).extracting(t -> t.tenant().name())
                .containsExactly("ain-colleges", "allier-colleges", "aa-nouveau");
        assertThat(snapshot.byRegion()).isSameAs(snapshot.byRegion());
    }
}
