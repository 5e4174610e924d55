package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.Optional;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.ServiceState;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.platform.Messages;

/**
 * The tenant coming up, as the fleet snapshot sees it: each service's Deployment ready/desired, then the
 * tenant's colour; green means it is in the catalogue, watched, probed and serving. Fed by the view
 * with every new snapshot.
 */
final class BringUpPanel extends VerticalLayout {

    private final String tenant;
    private final Paragraph verdict = new Paragraph();
    private final UnorderedList services = new UnorderedList();
    private final Div links = new Div();

    BringUpPanel(String tenant, Anchor... finished) {
        this.tenant = tenant;
        setId("onb-bringup");
        setPadding(false);
        verdict.setId("onb-bringup-verdict");
        services.setId("onb-bringup-services");
        links.setId("onb-bringup-links");
        links.add(new Anchor("tenants/" + tenant, inPage("onboarding.ui.bringup.open")));
        links.add(finished);
        links.setVisible(false);
        add(verdict, services, links);
    }

    void show(FleetSnapshot snapshot) {
        Optional<TenantState> state = snapshot.tenant(tenant);
        services.removeAll();
        if (state.isEmpty()) {
            verdict.setText(inPage("onboarding.ui.bringup.notYet", tenant));
            return;
        }
        for (ServiceState service : state.get().services()) {
            services.add(new ListItem(inPage(service.deployed() ? "onboarding.ui.bringup.service"
                    : "onboarding.ui.bringup.serviceMissing", service.spec().name(), service.ready(), service.desired())));
        }
        Status status = state.get().status();
        verdict.setText(status == Status.GREEN ? inPage("onboarding.ui.bringup.GREEN", tenant)
                : inPage("onboarding.ui.bringup." + status.name(), reasons(state.get())));
        verdict.getElement().setAttribute("data-status", status.name());
        links.setVisible(status == Status.GREEN);
    }

    boolean green(FleetSnapshot snapshot) {
        return snapshot.tenant(tenant).map(t -> t.status() == Status.GREEN).orElse(false);
    }

    private static String reasons(TenantState state) {
        Locale locale = Messages.pageLocale();
        return state.health().reasons().isEmpty() ? inPage("onboarding.ui.bringup.noReason")
                : String.join(inPage("onboarding.ui.separator"), state.health().reasons().stream()
                        .map(r -> r.message(locale)).toList());
    }
}
