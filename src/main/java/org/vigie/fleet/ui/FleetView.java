package org.vigie.fleet.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.vigie.health.FleetSnapshot.ClusterStatus;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.incident.OpenIncidents;
import org.vigie.incident.ui.IncidentProposal;
import org.vigie.platform.DisplayTime;
import org.vigie.platform.PageUpdates;
import org.vigie.scaling.ui.ScaleButtons;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.tenant.CatalogueLoadReport;
import org.vigie.tenant.Regions;
import org.vigie.tenant.CatalogueProblem;
import org.vigie.tenant.TenantCatalogue;

/** Every tenant, grouped by region, with its services' replicas and its quota; updated by server push. */
@Menu(title = "menu.fleet", order = 0)
@Route("")
@RolesAllowed("VIEWER")
class FleetView extends VerticalLayout implements HasDynamicTitle {


    private final FleetSnapshotPublisher publisher;
    private final ScaleButtons scaleButtons;
    private final Caller caller;
    private final Span updated = new Span();
    private final Div clusters = new Div();
    private final Div regions = new Div();
    private final Map<String, RegionGrid> grids = new LinkedHashMap<>();
    /** Which tenants each region shows; their order (worst first) is taken when this changes, so rows never jump under the pointer. */
    private Map<String, Set<String>> layout = Map.of();
    private Runnable unsubscribe;
    private FleetTriage triage;
    final TriageBar triageBar;
    private final Span hidden = new Span();
    final IncidentProposal proposal;
    final TenantSelection selection = new TenantSelection();

    FleetView(FleetSnapshotPublisher publisher, TenantCatalogue catalogue, ScaleButtons scaleButtons,
            CurrentCaller currentCaller, OpenIncidents incidents) {
        this.caller = currentCaller.get();
        this.proposal = new IncidentProposal(incidents, caller);
        this.publisher = publisher;
        this.scaleButtons = scaleButtons;
        setWidthFull();
        updated.setId("fleet-updated");
        clusters.addClassName("fleet-clusters");
        regions.setWidthFull();
        triage = FleetTriage.initial(publisher.current().tenants());
        triageBar = new TriageBar(triage, next -> {
            triage = next;
            show(publisher.current());
        });
        hidden.setId("fleet-hidden");
        add(new H2(getTranslation("menu.fleet")), updated, proposal, clusters, triageBar, selection, hidden);
        CatalogueLoadReport report = catalogue.lastLoad();
        if (report != null && report.hasProblems()) {
            add(problems(report));
        }
        add(regions);
        show(publisher.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.fleet") + " — Vigie";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = publisher.subscribe(PageUpdates.newest(ui, this::show));
        show(publisher.current());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    private void show(FleetSnapshot snapshot) {
        updated.setText(getTranslation("fleet.updated", DisplayTime.time(snapshot.generatedAt()),
                snapshot.tenants().size()));
        clusters.removeAll();
        snapshot.clusters().values().stream()
                .sorted(java.util.Comparator.comparing(ClusterStatus::name))
                .forEach(c -> clusters.add(clusterBadge(c)));
        triageBar.show(snapshot.tenants(), snapshot.byRegion().keySet());
        proposal.show(snapshot);
        List<TenantState> shown = triage.select(snapshot.tenants());
        int folded = snapshot.tenants().size() - shown.size();
        hidden.setText(folded == 0 ? "" : getTranslation("fleet.hidden", folded));
        Map<String, List<TenantState>> byRegion = new TreeMap<>();
        shown.forEach(t -> byRegion.computeIfAbsent(t.tenant().region(), r -> new ArrayList<>()).add(t));
        Map<String, Set<String>> newLayout = new LinkedHashMap<>();
        byRegion.forEach((region, tenants) ->
                newLayout.put(region, tenants.stream().map(t -> t.tenant().name()).collect(Collectors.toSet())));
        if (!newLayout.equals(layout)) {
            layout = newLayout;
            regions.removeAll();
            grids.clear();
            byRegion.forEach((region, tenants) -> {
                H3 title = new H3(getTranslation("fleet.regionTitle", Regions.displayName(region), tenants.size()));
                title.addClassName("fleet-region-title");
                RegionGrid grid = new RegionGrid(region, tenants, snapshot, scaleButtons, caller, selection);
                grids.put(region, grid);
                regions.add(title, grid);
            });
        } else {
            grids.values().forEach(g -> g.show(snapshot));
        }
    }

    private Span clusterBadge(ClusterStatus cluster) {
        String state;
        String theme;
        if (!cluster.configured()) {
            state = getTranslation("cluster.notConfigured");
            theme = "badge error";
        } else if (!cluster.synced()) {
            state = getTranslation("cluster.syncing");
            theme = "badge contrast";
        } else if (!cluster.watching()) {
            state = getTranslation("cluster.watchLost");
            theme = "badge error";
        } else {
            state = getTranslation("cluster.watching");
            theme = "badge success";
        }
        Span badge = new Span(getTranslation("cluster.badge", cluster.name(), state));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private Div problems(CatalogueLoadReport report) {
        Div box = new Div();
        box.setId("catalogue-problems");
        box.addClassName("fleet-problems");
        box.add(new Span(getTranslation("fleet.refusedFiles", report.rejectedFiles(), report.directory())));
        UnorderedList list = new UnorderedList();
        for (CatalogueProblem problem : report.problems()) {
            list.add(new ListItem(problem.message()));
        }
        box.add(list);
        return box;
    }
}
