package org.vigie.incident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.incident.OpenIncidents;
import org.vigie.platform.Messages;
import org.vigie.security.Caller;
import org.vigie.security.Role;

/**
 * A banner proposing an incident when a tenant is RED and no open incident covers it; never a
 * declaration by itself. Hidden when nothing is uncovered, and for callers who may not declare.
 */
public final class IncidentProposal extends Div {

    private final OpenIncidents incidents;
    private final Caller caller;
    private List<String> shown = List.of();

    public IncidentProposal(OpenIncidents incidents, Caller caller) {
        this.incidents = incidents;
        this.caller = caller;
        setId("incident-proposal");
        addClassName("incident-proposal");
        getStyle().set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        setVisible(false);
    }

    public void show(FleetSnapshot snapshot) {
        var notices = incidents.current();
        List<String> uncovered = snapshot.tenants().stream().filter(t -> t.inService() && t.status() == Status.RED)
                .map(TenantState::tenant).map(t -> t.name())
                .filter(t -> !notices.coveredByIncident(t) && !notices.inMaintenance(t)).sorted().toList();
        if (uncovered.equals(shown)) {
            return;
        }
        shown = uncovered;
        removeAll();
        setVisible(!uncovered.isEmpty());
        if (!uncovered.isEmpty()) {
            add(new Span(Messages.inPage("incident.proposal", uncovered.size(), String.join(", ", uncovered))));
            if (caller.has(Role.OPERATOR)) {
                add(new DeclareIncidentButton(uncovered));
            }
        }
    }

    public List<String> uncovered() {
        return shown;
    }
}
