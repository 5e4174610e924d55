package org.vigie.fleet.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vigie.incident.ui.DeclareIncidentButton;

/**
 * The tenants an operator ticked in the region grids (a service row counts for its tenant), kept
 * when the grids are rebuilt, and the « Déclarer un incident » action for them.
 */
final class TenantSelection extends Div {

    private final Map<String, Set<String>> byRegion = new TreeMap<>();

    TenantSelection() {
        setId("fleet-selection");
    }

    void follow(String region, Grid<FleetRow> grid, Collection<FleetRow> tenantRows) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        Set<String> kept = byRegion.getOrDefault(region, Set.of());
        grid.asMultiSelect().select(tenantRows.stream().filter(row -> kept.contains(row.tenant())).toList());
        grid.asMultiSelect().addSelectionListener(event -> {
            byRegion.put(region, event.getAllSelectedItems().stream().map(FleetRow::tenant)
                    .collect(Collectors.toCollection(TreeSet::new)));
            refresh();
        });
    }

    Set<String> tenants() {
        return byRegion.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
    }

    private void refresh() {
        removeAll();
        Set<String> tenants = tenants();
        if (!tenants.isEmpty()) {
            DeclareIncidentButton declare = new DeclareIncidentButton(List.copyOf(tenants));
            declare.setText(getTranslation("fleet.declareSelection", tenants.size()));
            declare.setId("declare-selection");
            add(declare);
        }
    }
}
