package org.vigie.fleet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.health.Status;
import org.vigie.health.TenantHealth;
import org.vigie.health.TenantState;
import org.vigie.tenant.Tenant;

class FleetTriageTest {

    static TenantState tenant(String name, String displayName, String region, Status status) {
        Tenant tenant = new Tenant(name, displayName, new Tenant.Authority(Tenant.AuthorityKind.COUNTY,
                "Département " + displayName), region, List.of(), List.of("01"), "plaque", "ent-" + name,
                new Tenant.TenantUrls("https://x.example.fr/", "https://x.example.fr/healthz"),
                new Tenant.Population(1, 1, 1), new Tenant.Capacity(600), new Tenant.Slo(99.5, 800),
                new Tenant.ContractQuota("1", "1Gi", 1), List.of(), Tenant.Lifecycle.ACTIVE, List.of());
        return new TenantState(tenant, List.of(), List.of(), null, null, Instant.EPOCH,
                new TenantHealth(status, List.of(), List.of()));
    }

    final List<TenantState> fleet = List.of(
            tenant("ain", "Ain", "auvergne-rhone-alpes", Status.GREEN),
            tenant("somme", "Somme", "hauts-de-france", Status.AMBER),
            tenant("nord", "Nord", "hauts-de-france", Status.RED),
            tenant("isere", "Isère", "auvergne-rhone-alpes", Status.GREY),
            tenant("allier", "Allier", "auvergne-rhone-alpes", Status.RED));

    static List<String> names(List<TenantState> tenants) {
        return tenants.stream().map(t -> t.tenant().name()).toList();
    }

    @Test
    void the_worst_come_first_red_grey_amber_green_then_by_name() {
        assertThat(names(FleetTriage.EVERYTHING.select(fleet))).containsExactly("allier", "nord", "isere", "somme", "ain");
    }

    @Test
    void counts_give_every_colour_even_at_zero() {
        assertThat(FleetTriage.counts(fleet)).containsEntry(Status.RED, 2L).containsEntry(Status.GREEN, 1L)
                .containsEntry(Status.GREY, 1L).containsEntry(Status.AMBER, 1L);
        assertThat(FleetTriage.counts(List.of())).containsEntry(Status.RED, 0L);
    }

    @Test
    void filters_combine_status_region_text_and_not_green() {
        assertThat(names(FleetTriage.EVERYTHING.withStatuses(Set.of(Status.RED)).select(fleet)))
                .containsExactly("allier", "nord");
        assertThat(names(FleetTriage.EVERYTHING.withRegion("hauts-de-france").select(fleet)))
                .containsExactly("nord", "somme");
        assertThat(names(FleetTriage.EVERYTHING.withText("  ISÈRE ").select(fleet))).containsExactly("isere");
        assertThat(names(FleetTriage.EVERYTHING.withText("département som").select(fleet))).containsExactly("somme");
        assertThat(names(FleetTriage.EVERYTHING.withNotGreenOnly(true).withRegion("auvergne-rhone-alpes")
                .select(fleet))).containsExactly("allier", "isere");
    }

    @Test
    void green_tenants_are_folded_away_at_first_only_when_something_is_red() {
        assertThat(FleetTriage.initial(fleet).notGreenOnly()).isTrue();
        assertThat(FleetTriage.initial(List.of(fleet.get(0), fleet.get(1))).notGreenOnly()).isFalse();
    }
}
