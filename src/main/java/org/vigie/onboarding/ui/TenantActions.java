package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.vigie.security.Caller;
import org.vigie.tenant.Tenant;

/**
 * For an existing tenant: « Suspendre » (confirmed) and « Désintégrer » (its name typed to confirm); each
 * is planned first, and the plan shown, like any change.
 */
final class TenantActions extends HorizontalLayout {

    private final OnboardingFlow flow;
    private final Caller caller;
    private final Consumer<OnboardingFlow.Planned> planned;
    final Button suspend = new Button(inPage("onboarding.ui.suspend"));
    final Button offboard = new Button(inPage("onboarding.ui.offboard"));
    private Tenant tenant;
    OffboardDialog dialog;

    TenantActions(OnboardingFlow flow, Caller caller, Consumer<OnboardingFlow.Planned> planned) {
        this.flow = flow;
        this.caller = caller;
        this.planned = planned;
        setId("onb-tenant-actions");
        suspend.setId("onb-suspend");
        suspend.addClickListener(e -> confirmSuspension());
        offboard.setId("onb-offboard");
        offboard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        offboard.addClickListener(e -> {
            dialog = new OffboardDialog(tenant.name(), tenant.namespace(), this::offboard);
            dialog.open();
        });
        add(suspend, offboard);
        show(null);
    }

    void show(Tenant selected) {
        tenant = selected;
        setVisible(selected != null);
        suspend.setEnabled(selected != null && selected.lifecycle() != Tenant.Lifecycle.SUSPENDED);
    }

    private void confirmSuspension() {
        String name = tenant.name();
        ConfirmDialog confirm = new ConfirmDialog(inPage("onboarding.ui.suspend.title", name),
                inPage("onboarding.ui.suspend.text", name), inPage("onboarding.ui.suspend.confirm"),
                e -> planned.accept(flow.planSuspension(caller, name, inPage("onboarding.ui.suspend.reason", name))));
        confirm.setCancelable(true);
        confirm.setCancelText(inPage("onboarding.ui.cancel"));
        confirm.setId("onb-suspend-dialog");
        confirm.open();
    }

    private void offboard(String reason) {
        planned.accept(flow.planOffboarding(caller, tenant.name(), dialog.confirmation.getValue(), reason));
    }
}
