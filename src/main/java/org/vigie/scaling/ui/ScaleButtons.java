package org.vigie.scaling.ui;

import org.vigie.platform.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.vigie.health.ServiceState;
import org.vigie.health.TenantState;
import org.vigie.scaling.ScalingService;
import org.vigie.security.Caller;
import org.vigie.security.Role;

/**
 * The "Scale" button of a service, for operators only; disabled, saying why, when the tenant is
 * outside the caller's scope. The service layer checks again whatever the browser sends.
 */
@SpringComponent
public class ScaleButtons {

    private final ScalingService scaling;

    ScaleButtons(ScalingService scaling) {
        this.scaling = scaling;
    }

    public Component of(Caller caller, TenantState tenant, ServiceState service) {
        if (!caller.has(Role.OPERATOR) || !service.deployed()) {
            return new Span();
        }
        Button button = new Button(Messages.inPage("scale.button"), e -> new ScaleDialog(scaling, caller, tenant, service).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("scale-" + tenant.tenant().name() + "-" + service.spec().name());
        if (!caller.mayActOn(tenant.tenant().name(), tenant.tenant().region())) {
            button.setEnabled(false);
            button.setTooltipText(Messages.inPage("scale.outsideScope", caller.scope().describe()));
        }
        return button;
    }

    /** On a tenant's row: scale the service that limits the sessions it can serve, named on the button. */
    public Component forBottleneck(Caller caller, TenantState tenant, ServiceState service) {
        Component component = of(caller, tenant, service);
        if (component instanceof Button button) {
            button.setText(Messages.inPage("scale.bottleneck", service.spec().name()));
            button.setId("scale-bottleneck-" + tenant.tenant().name());
        }
        return component;
    }
}
