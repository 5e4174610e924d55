package org.vigie.fleet.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.QuotaUsage;
import org.vigie.health.Reason;
import org.vigie.health.ServiceHealth;
import org.vigie.health.ServiceState;
import org.vigie.health.TenantState;
import org.vigie.history.StatusHistory;
import org.vigie.scaling.ui.ScaleButtons;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.security.Role;

/** One tenant in detail: its colour and every reason, its services, its quota; kept live by push. */
@Route("tenants")
@RolesAllowed("VIEWER")
class TenantView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final FleetSnapshotPublisher fleet;
    private final StatusHistory history;
    private final H2 title = new H2();
    private final Div status = new Div();
    private final UnorderedList reasons = new UnorderedList();
    private final Grid<ServiceState> services = new Grid<>();
    private final Div quota = new Div();
    private final Div extra = new Div();
    private String tenant;
    private TenantState state;
    private Runnable unsubscribe;

    TenantView(FleetSnapshotPublisher fleet, StatusHistory history, ScaleButtons scaleButtons,
            CurrentCaller currentCaller) {
        this.fleet = fleet;
        this.history = history;
        reasons.setId("tenant-reasons");
        services.setId("tenant-services");
        services.addThemeVariants(GridVariant.LUMO_COMPACT);
        services.setAllRowsVisible(true);
        services.addColumn(s -> s.spec().name()).setHeader("Service");
        services.addColumn(s -> s.spec().priority().name().toLowerCase(Locale.ROOT)).setHeader("Priority");
        services.addComponentColumn(s -> {
            ServiceHealth health = state.health().service(s.spec().name()).orElseThrow();
            return StatusBadge.of(health.status(), health.reasons());
        }).setHeader("Status").setFlexGrow(3);
        services.addColumn(s -> s.ready() + " / " + s.desired()).setHeader("Ready / desired");
        services.addColumn(s -> s.spec().minReplicas() + "–" + s.spec().maxReplicas()).setHeader("Bounds");
        services.addColumn(s -> s.pods() + " pod(s), " + s.restarts() + " restart(s)").setHeader("Pods");
        Caller caller = currentCaller.get();
        if (caller.has(Role.OPERATOR)) {
            services.addComponentColumn(s -> scaleButtons.of(caller, state, s));
        }
        quota.addClassName("tenant-quota");
        add(title, status, reasons, new H3("Services"), services, new H3("Quota"), quota, extra);
    }

    @Override
    public void setParameter(BeforeEvent event, String name) {
        tenant = name;
        show(fleet.current());
        extra.removeAll();
        if (state != null) {
            extra.add(new TenantHistoryPanel(history, name));
        }
    }

    @Override
    public String getPageTitle() {
        return (state == null ? tenant : state.tenant().displayName()) + " — Vigie";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = fleet.subscribe(s -> ui.access(() -> show(s)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    private void show(FleetSnapshot snapshot) {
        state = snapshot.tenant(tenant).orElse(null);
        if (state == null) {
            title.setText("No tenant named « " + tenant + " »");
            status.removeAll();
            status.add(new Paragraph("The catalogue has no such tenant. The Fleet view lists them all."));
            return;
        }
        title.setText(state.tenant().displayName());
        status.removeAll();
        status.add(StatusBadge.of(state.status(), state.health().reasons()));
        reasons.removeAll();
        for (Reason reason : state.health().reasons()) {
            reasons.add(new ListItem(reason.status() + " · " + reason.code() + " — " + reason.message()));
        }
        services.setItems(state.services());
        quota.removeAll();
        for (QuotaUsage.Resource resource : QuotaUsage.Resource.values()) {
            Div cell = new Div(new com.vaadin.flow.component.html.Span(resource.name().toLowerCase(Locale.ROOT)),
                    new QuotaCell(state.quota(resource).orElse(null)));
            cell.addClassName("tenant-quota-cell");
            quota.add(cell);
        }
    }
}
