package org.vigie.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.vigie.security.Caller;
import org.vigie.tenant.Tenant;

/** For an existing tenant: « Suspendre » (confirmed) and « Désintégrer » (its name typed to confirm). */
final class TenantActions extends HorizontalLayout {

    private final OnboardingFlow flow;
    private final Caller caller;
    private final Consumer<String> report;
    final Button suspend = new Button("Suspendre");
    final Button offboard = new Button("Désintégrer…");
    private Tenant tenant;
    OffboardDialog dialog;

    TenantActions(OnboardingFlow flow, Caller caller, Consumer<String> report) {
        this.flow = flow;
        this.caller = caller;
        this.report = report;
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
        ConfirmDialog confirm = new ConfirmDialog("Suspendre " + tenant.name(), "Les services de " + tenant.name()
                + " sera marqué suspendu (gris sur le tableau, « Suspendu » sur la page publique) ; son namespace et ses "
                + "données restent.",
                "Suspendre", e -> run("suspendu", () -> flow.suspend(caller, tenant.name(), "Suspension depuis l'assistant")));
        confirm.setCancelable(true);
        confirm.setCancelText("Annuler");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("onb-suspend-dialog");
        confirm.open();
    }

    private void offboard(String reason) {
        String name = tenant.name();
        run("désintégré", () -> flow.offboard(caller, name, name, reason));
    }

    private void run(String done, Runnable action) {
        String name = tenant.name();
        try {
            action.run();
            report.accept(name + " : " + done + ".");
        } catch (RuntimeException e) {
            report.accept(name + " : refusé — " + e.getMessage());
        }
    }
}
