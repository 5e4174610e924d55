package org.vigie.incident.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.vigie.incident.Incident;
import org.vigie.incident.Incidents;
import org.vigie.incident.MaintenanceWindows;
import org.vigie.platform.DisplayTime;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.security.Role;
import org.vigie.tenant.TenantCatalogue;

/** Every incident, open ones first (most severe first), then the maintenance windows not yet over. */
@Menu(title = "menu.incidents", order = 5)
@Route("incidents")
@RolesAllowed("VIEWER")
class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Incident> grid = new Grid<>();

    IncidentsView(Incidents incidents, MaintenanceWindows maintenance, TenantCatalogue catalogue, CurrentCaller callers) {
        Caller caller = callers.get();
        grid.setId("incidents");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Incident::reference).setHeader(getTranslation("incident.col.id")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(Incident::title).setHeader(getTranslation("incident.field.title")).setFlexGrow(2);
        grid.addColumn(i -> i.severity().name()).setHeader(getTranslation("incident.field.severity")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(i -> IncidentTexts.state(i.state())).setHeader(getTranslation("incident.field.state"));
        grid.addColumn(i -> String.join(", ", i.tenants())).setHeader(getTranslation("incident.field.tenants")).setFlexGrow(2);
        grid.addColumn(i -> DisplayTime.dayAndTime(i.declaredAt())).setHeader(getTranslation("incident.col.declaredAt"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("incidents/" + e.getItem().reference())));
        List<Incident> all = incidents.list(false);
        grid.setItems(all);
        add(new H2(getTranslation("menu.incidents")));
        if (caller.has(Role.OPERATOR)) {
            add(new DeclareIncidentButton(List.of()));
        }
        add(grid, new H3(getTranslation("incident.maintenance.title")), new MaintenancePanel(maintenance, catalogue, caller));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.incidents") + " — Vigie";
    }
}
