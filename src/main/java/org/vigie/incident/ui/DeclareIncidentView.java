package org.vigie.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vigie.incident.Declaration;
import org.vigie.incident.Incident;
import org.vigie.incident.IncidentRefused;
import org.vigie.incident.Incidents;
import org.vigie.incident.Severity;
import org.vigie.platform.TextLimit;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/** Declares an incident: {@code ?tenants=a,b} chooses the tenants (from a red tile, a tenant page or the Fleet view). */
@Route(DeclareIncidentView.ROUTE)
@RolesAllowed("OPERATOR")
class DeclareIncidentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "incidents/new";

    private final Incidents incidents;
    private final TenantCatalogue catalogue;
    private final Caller caller;
    final TextField title = new TextField();
    final ComboBox<Severity> severity = new ComboBox<>();
    final MultiSelectComboBox<String> tenants = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> services = new MultiSelectComboBox<>();
    final TextField summary = new TextField();
    final Button declare = new Button();
    final Span message = new Span();

    DeclareIncidentView(Incidents incidents, TenantCatalogue catalogue, CurrentCaller callers) {
        this.incidents = incidents;
        this.catalogue = catalogue;
        this.caller = callers.get();
        title.setLabel(getTranslation("incident.field.title"));
        title.setId("incident-title");
        title.setWidth("40em");
        TextLimit.of(title, 120);
        severity.setLabel(getTranslation("incident.field.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("incident.severity." + s.name()));
        severity.setValue(Severity.SEV2);
        severity.setId("incident-severity");
        tenants.setLabel(getTranslation("incident.field.tenants"));
        tenants.setItems(catalogue.names());
        tenants.setId("incident-tenants");
        tenants.addValueChangeListener(e -> services.setItems(serviceNames(e.getValue())));
        services.setLabel(getTranslation("incident.field.services"));
        summary.setLabel(getTranslation("incident.field.summary"));
        summary.setWidth("40em");
        TextLimit.of(summary, 2000);
        declare.setText(getTranslation("incident.declare"));
        declare.setId("incident-declare");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        declare.addClickListener(e -> declare());
        message.setId("incident-declare-message");
        add(new H2(getTranslation("incident.declareTitle")), title, severity, tenants, services, summary, declare, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.declareTitle") + " — Vigie";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("tenants").ifPresent(names -> tenants.setValue(
                Arrays.stream(names.split(",")).filter(catalogue.names()::contains).collect(java.util.stream.Collectors.toSet())));
    }

    void declare() {
        if (TextLimit.check(title) || TextLimit.check(summary)) {
            return;
        }
        try {
            Incident incident = incidents.declare(caller, new Declaration(title.getValue(),
                    severity.getValue() == null ? null : severity.getValue().name(), List.copyOf(new TreeSet<>(tenants.getValue())),
                    List.copyOf(services.getValue()), summary.getValue(), null, null));
            getUI().ifPresent(ui -> ui.navigate("incidents/" + incident.reference()));
        } catch (IncidentRefused e) {
            message.setText(getTranslation("incident.refused", e.getMessage()));
        }
    }

    private Set<String> serviceNames(Set<String> chosen) {
        Set<String> names = new TreeSet<>();
        chosen.forEach(t -> catalogue.find(t).map(Tenant::services).orElse(List.of()).forEach(s -> names.add(s.name())));
        return names;
    }
}
