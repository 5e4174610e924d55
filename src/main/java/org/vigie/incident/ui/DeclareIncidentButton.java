package org.vigie.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.vigie.platform.Messages;

/** « Déclarer un incident », opening the declaration form with these tenants already chosen. */
public final class DeclareIncidentButton extends Button {

    public DeclareIncidentButton(Collection<String> tenants) {
        super(Messages.inPage("incident.declare"));
        addClassName("declare-incident");
        addThemeVariants(ButtonVariant.LUMO_ERROR);
        getElement().setAttribute("data-tenants", String.join(",", tenants));
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DeclareIncidentView.ROUTE,
                new QueryParameters(Map.of("tenants", List.of(String.join(",", tenants)))))));
    }
}
