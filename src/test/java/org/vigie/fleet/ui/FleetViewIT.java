package org.vigie.fleet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.server.VaadinSession;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

@SpringBootTest
@WithUserDetails("operator")
class FleetViewIT extends SpringBrowserlessTest {

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Test
    void the_fleet_view_lists_every_tenant_under_its_region_with_the_demo_badge() {
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet.current().tenants().size() == catalogue.all().size());

        FleetView view = navigate(FleetView.class);
        view.triageBar.notGreenOnly.setValue(false);

        List<TreeGrid> grids = $(TreeGrid.class).from(view).all();
        assertThat(grids).hasSize((int) catalogue.all().stream().map(Tenant::region).distinct().count());
        List<String> shownNames = new ArrayList<>();
        for (TreeGrid<?> grid : grids) {
            for (int row = 0; row < test(grid).size(); row++) {
                shownNames.add(test(grid).getCellText(row, 0));
            }
        }
        assertThat(shownNames).containsAll(catalogue.all().stream().map(Tenant::displayName).toList());
        assertThat($(Span.class).id("demo-badge").getText()).startsWith("DÉMO");
    }

    @Test
    void the_counts_filter_the_view_and_a_search_narrows_it_to_the_tenants_it_names() {
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet.current().tenants().size() == catalogue.all().size());
        FleetView view = navigate(FleetView.class);
        view.triageBar.notGreenOnly.setValue(false);
        long green = fleet.current().tenants().stream().filter(t -> t.status() == org.vigie.health.Status.GREEN).count();

        test(view.triageBar.text).setValue("Isère");

        List<String> shown = new ArrayList<>();
        for (TreeGrid<?> grid : $(TreeGrid.class).from(view).all()) {
            for (int row = 0; row < test(grid).size(); row++) {
                shown.add(test(grid).getCellText(row, 0));
            }
        }
        assertThat(shown).contains(catalogue.find("isere-colleges").orElseThrow().displayName())
                .doesNotContain(catalogue.find("somme-colleges").orElseThrow().displayName());
        assertThat($(Span.class).id("fleet-hidden").getText()).endsWith("ENT masqué(s) par les filtres");
        assertThat($(com.vaadin.flow.component.button.Button.class).id("count-green").getText())
                .isEqualTo("Vert " + green);
    }

    @Test
    void a_scale_in_the_cluster_reaches_the_open_view_without_reload() {
        Tenant tenant = catalogue.find("somme-colleges").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet.current().tenant(tenant.name())
                .flatMap(t -> t.service("binder")).map(s -> s.deployed() && s.ready() == s.desired()).orElse(false));
        FleetView view = navigate(FleetView.class);
        TreeGrid<?> grid = $(TreeGrid.class).from(view).id("region-" + tenant.region());
        int binderRow = rowOf(grid, "binder", tenant.displayName());
        int target = fleet.current().tenant(tenant.name()).flatMap(t -> t.service("binder")).orElseThrow().desired() + 2;

        KubernetesClient client = clusters.client(tenant.cluster()).orElseThrow();
        client.apps().deployments().inNamespace(tenant.namespace()).withName("binder").scale(target);

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            assertThat(test(grid).getCellText(binderRow, 3)).isEqualTo(target + " / " + target);
        });
        TenantState state = fleet.current().tenant(tenant.name()).orElseThrow();
        assertThat(state.service("binder").orElseThrow().pods()).isEqualTo(target);
    }

    @Test
    void the_tenant_view_shows_services_reasons_uptime_and_latest_changes() {
        Tenant tenant = catalogue.find("ara-lycees").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet.current().tenant(tenant.name())
                .map(t -> t.probe() != null).orElse(false));

        TenantView view = navigate("tenants/" + tenant.name(), TenantView.class);

        assertThat($(com.vaadin.flow.component.html.H2.class).from(view).first().getText()).isEqualTo(tenant.displayName());
        com.vaadin.flow.component.grid.Grid<?> services = $(com.vaadin.flow.component.grid.Grid.class).from(view)
                .id("tenant-services");
        assertThat(test(services).size()).isEqualTo(tenant.services().size());
        assertThat(test(services).getCellText(0, 0)).isEqualTo(tenant.services().getFirst().name());
        assertThat($(com.vaadin.flow.component.html.Div.class).id("tenant-uptime").getElement().getText()
                + $(com.vaadin.flow.component.html.Div.class).id("tenant-uptime").getChildren()
                .map(c -> c.getElement().getText()).toList())
                .contains("24 h : ", "7 j : ", "30 j : ");
    }

    @Test
    void an_unknown_tenant_is_named_in_the_tenant_view() {
        TenantView view = navigate("tenants/atlantide", TenantView.class);

        assertThat($(com.vaadin.flow.component.html.H2.class).from(view).first().getText())
                .isEqualTo("Aucun ENT nommé « atlantide »");
    }

    private int rowOf(TreeGrid<?> grid, String service, String tenantDisplayName) {
        boolean inTenant = false;
        for (int row = 0; row < test(grid).size(); row++) {
            String name = test(grid).getCellText(row, 0);
            if (name.equals(tenantDisplayName)) {
                inTenant = true;
            } else if (inTenant && name.equals(service)) {
                return row;
            }
        }
        throw new AssertionError(service + " of " + tenantDisplayName + " not shown");
    }

    @Test
    void an_operator_ticks_tenants_in_two_regions_and_declares_one_incident_for_them() {
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet.current().tenants().size() == catalogue.all().size());
        FleetView view = navigate(FleetView.class);
        view.triageBar.notGreenOnly.setValue(false);
        List<TreeGrid> grids = $(TreeGrid.class).from(view).all();
        List<String> ticked = new ArrayList<>();
        for (TreeGrid<FleetRow> grid : grids.subList(0, 2)) {
            FleetRow first = grid.getTreeData().getRootItems().getFirst();
            grid.asMultiSelect().select(first);
            ticked.add(first.tenant());
        }

        Button declare = $(Button.class).id("declare-selection");
        assertThat(declare.getText()).isEqualTo("Déclarer un incident pour la sélection (2 tenant(s))");
        test(declare).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .startsWith("incidents/new?tenants=").contains(ticked.stream().sorted().toList().getFirst(),
                        ticked.stream().sorted().toList().getLast());
    }
}
