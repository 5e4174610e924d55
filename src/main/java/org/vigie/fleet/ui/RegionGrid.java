package org.vigie.fleet.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.QuotaUsage;
import org.vigie.health.ReasonCode;
import org.vigie.health.ServiceState;
import org.vigie.health.Status;
import org.vigie.incident.ui.DeclareIncidentButton;
import org.vigie.security.Role;
import org.vigie.health.TenantState;
import org.vigie.scaling.ui.ScaleButtons;
import org.vigie.security.Caller;

/**
 * The tenants of one region and their services. Rows are stable keys; cells read the current
 * snapshot, so a new snapshot only refreshes the cells and keeps what the user expanded.
 */
final class RegionGrid extends TreeGrid<FleetRow> {

    private FleetSnapshot snapshot;
    private final Caller caller;

    RegionGrid(String region, List<TenantState> tenants, FleetSnapshot snapshot, ScaleButtons scaleButtons, Caller caller,
            TenantSelection selection) {
        this.snapshot = snapshot;
        this.caller = caller;
        setId("region-" + region);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addComponentHierarchyColumn(row -> row.isTenant()
                ? new RouterLink(name(row), TenantView.class, row.tenant()) : new Span(name(row))).setHeader(getTranslation("grid.tenantService")).setWidth("22em").setFlexGrow(0);
        addComponentColumn(this::status).setHeader(getTranslation("grid.status")).setWidth("24em").setFlexGrow(0);
        addColumn(row -> text(row, t -> getTranslation("authority." + t.tenant().authority().kind().name()),
                s -> getTranslation("priority." + s.spec().priority().name()))).setHeader(getTranslation("grid.kindPriority"));
        addComponentColumn(this::replicas).setHeader(getTranslation("grid.readyDesired")).setTextAlign(ColumnTextAlign.END);
        addColumn(row -> text(row, t -> "", this::bounds)).setHeader(getTranslation("grid.bounds")).setWidth("11em").setFlexGrow(0);
        addColumn(row -> text(row, this::sessions, s -> getTranslation("grid.pods", s.pods()))).setHeader(getTranslation("grid.sessionsPods"))
                .setFlexGrow(2);
        for (QuotaUsage.Resource resource : QuotaUsage.Resource.values()) {
            addComponentColumn(row -> quota(row, resource))
                    .setHeader(getTranslation("grid.quota", resource.name().toLowerCase(Locale.ROOT))).setFlexGrow(2);
        }
        addComponentColumn(row -> scaleButton(row, scaleButtons)).setHeader("").setWidth("7em").setFlexGrow(0);
        TreeData<FleetRow> data = new TreeData<>();
        for (TenantState tenant : tenants) {
            FleetRow parent = FleetRow.tenant(tenant.tenant().name());
            data.addItem(null, parent);
            tenant.tenant().services().forEach(s -> data.addItem(parent, new FleetRow(parent.tenant(), s.name())));
        }
        setDataProvider(new TreeDataProvider<>(data));
        expand(data.getRootItems());
        if (caller.has(Role.OPERATOR)) {
            selection.follow(region, this, data.getRootItems());
        }
    }

    void show(FleetSnapshot next) {
        this.snapshot = next;
        getDataProvider().refreshAll();
    }

    private com.vaadin.flow.component.Component scaleButton(FleetRow row, ScaleButtons scaleButtons) {
        if (row.isTenant()) {
            TenantState tenant = tenant(row);
            if (tenant != null && tenant.status() == Status.RED && caller.has(Role.OPERATOR)) {
                return new DeclareIncidentButton(List.of(tenant.tenant().name()));
            }
            return tenant == null || !nearOrOverCapacity(tenant) ? new Span()
                    : tenant.bottleneck().map(s -> scaleButtons.forBottleneck(caller, tenant, s))
                            .orElseGet(Span::new);
        }
        ServiceState service = service(row);
        return service == null ? new Span() : scaleButtons.of(caller, tenant(row), service);
    }

    private static boolean nearOrOverCapacity(TenantState tenant) {
        return tenant.health().reasons().stream().anyMatch(r -> r.code() == ReasonCode.OVER_CAPACITY
                || r.code() == ReasonCode.NEAR_CAPACITY);
    }

    private TenantState tenant(FleetRow row) {
        return snapshot.tenant(row.tenant()).orElse(null);
    }

    private ServiceState service(FleetRow row) {
        TenantState tenant = tenant(row);
        return tenant == null ? null : tenant.service(row.service()).orElse(null);
    }

    private String text(FleetRow row, Function<TenantState, String> forTenant, Function<ServiceState, String> forService) {
        if (row.isTenant()) {
            TenantState tenant = tenant(row);
            return tenant == null ? "" : forTenant.apply(tenant);
        }
        ServiceState service = service(row);
        return service == null ? "" : forService.apply(service);
    }

    private String name(FleetRow row) {
        return text(row, t -> t.tenant().displayName(), s -> s.spec().name());
    }

    private Span status(FleetRow row) {
        if (row.isTenant()) {
            TenantState tenant = tenant(row);
            return tenant == null ? new Span()
                    : StatusBadge.of(tenant.status(), tenant.health().reasons(), tenant.tenant().name());
        }
        TenantState tenant = tenant(row);
        return tenant == null ? new Span() : tenant.health().service(row.service())
                .map(s -> StatusBadge.of(s.status(), s.reasons(), tenant.tenant().name())).orElse(new Span());
    }

    private Span replicas(FleetRow row) {
        int ready;
        int desired;
        if (row.isTenant()) {
            TenantState tenant = tenant(row);
            ready = tenant == null ? 0 : tenant.services().stream().mapToInt(ServiceState::ready).sum();
            desired = tenant == null ? 0 : tenant.services().stream().mapToInt(ServiceState::desired).sum();
        } else {
            ServiceState service = service(row);
            if (service != null && !service.deployed()) {
                Span missing = new Span(getTranslation("grid.notDeployed"));
                missing.addClassName("replicas-short");
                return missing;
            }
            ready = service == null ? 0 : service.ready();
            desired = service == null ? 0 : service.desired();
        }
        Span span = new Span(ready + " / " + desired);
        if (ready < desired) {
            span.addClassName("replicas-short");
        }
        return span;
    }

    private String bounds(ServiceState service) {
        String bounds = service.spec().minReplicas() + "–" + service.spec().maxReplicas();
        ServiceState.Autoscaler hpa = service.autoscaler();
        return hpa == null ? bounds : bounds + " (HPA " + hpa.minReplicas() + "–" + hpa.maxReplicas() + ")";
    }

    private String sessions(TenantState tenant) {
        if (tenant.sessions() == null) {
            return "";
        }
        return String.format(Locale.FRANCE, "%,d / %,d", tenant.sessions(), tenant.sessionCapacity().orElse(0));
    }

    private QuotaCell quota(FleetRow row, QuotaUsage.Resource resource) {
        if (!row.isTenant()) {
            QuotaCell empty = new QuotaCell(null);
            empty.removeAll();
            return empty;
        }
        TenantState tenant = tenant(row);
        return new QuotaCell(tenant == null ? null : tenant.quota(resource).orElse(null));
    }
}
