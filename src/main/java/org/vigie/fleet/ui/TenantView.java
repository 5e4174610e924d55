package org.vigie.fleet.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import org.vigie.history.TimeSpan;
import org.vigie.incident.MaintenanceWindows;
import org.vigie.platform.PageUpdates;
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
    private final MaintenanceWindows maintenance;
    private final H2 title = new H2();
    private final Div status = new Div();
    private final UnorderedList reasons = new UnorderedList();
    private final Grid<ServiceState> services = new Grid<>();
    private final Div quota = new Div();
    private final Div extra = new Div();
    private final Div facts = new Div();
    private String tenant;
    private final Button declare = new Button(getTranslation("incident.declare"),
            e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("incidents/new",
                    com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("tenants", tenant)))));
    private TenantState state;
    private Runnable unsubscribe;

    TenantView(FleetSnapshotPublisher fleet, StatusHistory history, ScaleButtons scaleButtons,
            CurrentCaller currentCaller, MaintenanceWindows maintenance) {
        this.fleet = fleet;
        this.maintenance = maintenance;
        this.history = history;
        reasons.setId("tenant-reasons");
        services.setId("tenant-services");
        services.addThemeVariants(GridVariant.LUMO_COMPACT);
        services.setAllRowsVisible(true);
        services.addColumn(s -> s.spec().name()).setHeader(getTranslation("tenant.service"));
        services.addColumn(s -> getTranslation("priority." + s.spec().priority().name()))
                .setHeader(getTranslation("tenant.priority"));
        services.addComponentColumn(s -> {
            ServiceHealth health = state.health().service(s.spec().name()).orElseThrow();
            return StatusBadge.of(health.status(), health.reasons(), tenant);
        }).setHeader(getTranslation("grid.status")).setFlexGrow(3);
        services.addColumn(s -> s.ready() + " / " + s.desired()).setHeader(getTranslation("grid.readyDesired"));
        services.addColumn(s -> s.spec().minReplicas() + "–" + s.spec().maxReplicas()).setHeader(getTranslation("grid.bounds"));
        services.addColumn(s -> getTranslation("tenant.podsValue", s.pods(), s.restarts()))
                .setHeader(getTranslation("tenant.pods"));
        Caller caller = currentCaller.get();
        if (caller.has(Role.OPERATOR)) {
            services.addComponentColumn(s -> scaleButtons.of(caller, state, s));
        }
        quota.addClassName("tenant-quota");
        add(title);
        if (caller.has(Role.OPERATOR)) {
            add(declare);
        }
        add(status, new H3(getTranslation("tenant.reasons")), reasons, new H3(getTranslation("tenant.services")), services,
                new H3(getTranslation("tenant.quota")), quota, extra, new H3(getTranslation("tenant.facts")), facts);
    }

    @Override
    public void setParameter(BeforeEvent event, String name) {
        tenant = name;
        declare.getElement().setAttribute("data-tenants", name);
        show(fleet.current());
        extra.removeAll();
        facts.removeAll();
        if (state != null) {
            java.time.Instant now = java.time.Instant.now();
            extra.add(new TenantHistoryPanel(history, name, maintenance.overlapping(name, now.minus(java.time.Duration.ofDays(30)), now)
                    .stream().map(w -> new TimeSpan(w.start(), w.end())).toList()));
            facts.add(new TenantFacts(state.tenant()));
        }
    }

    @Override
    public String getPageTitle() {
        return (state == null ? tenant : state.tenant().displayName()) + " — Vigie";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = fleet.subscribe(PageUpdates.newest(ui, this::show));
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
            title.setText(getTranslation("tenant.unknown", tenant));
            status.removeAll();
            status.add(new Paragraph(getTranslation("tenant.unknownHint")));
            return;
        }
        title.setText(state.tenant().displayName());
        status.removeAll();
        status.add(StatusBadge.of(state.status(), state.health().reasons()));
        reasons.removeAll();
        for (Reason reason : state.health().reasons()) {
            reasons.add(new ListItem(new Span(getTranslation("tenant.reason", StatusBadge.label(reason.status()),
                    reason.code(), reason.message(getLocale())) + " "), new Anchor(StatusBadge.runbook(reason, tenant),
                    getTranslation("runbook.link", reason.code().name()))));
        }
        if (state.health().reasons().isEmpty()) {
            reasons.add(new ListItem(getTranslation("tenant.noReason")));
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
