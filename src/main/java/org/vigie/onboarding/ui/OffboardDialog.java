package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * Offboarding deletes the tenant's namespace and everything in it: the button stays disabled until the
 * tenant's name is typed exactly, and a reason is given for the audit trail.
 */
final class OffboardDialog extends Dialog {

    final TextField confirmation = new TextField();
    final TextField reason = new TextField(inPage("onboarding.ui.reason"));
    final Button offboard = new Button(inPage("onboarding.ui.offboard.confirm"));

    OffboardDialog(String tenant, String namespace, Consumer<String> confirmed) {
        setId("onb-offboard-dialog");
        setHeaderTitle(inPage("onboarding.ui.offboard.title", tenant));
        confirmation.setLabel(inPage("onboarding.ui.offboard.type", tenant));
        confirmation.setId("onb-offboard-confirmation");
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setId("onb-offboard-reason");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        offboard.setId("onb-offboard-confirm");
        offboard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        offboard.setEnabled(false);
        Runnable check = () -> offboard.setEnabled(confirmation.getValue().equals(tenant) && !reason.getValue().isBlank());
        confirmation.addValueChangeListener(e -> check.run());
        reason.addValueChangeListener(e -> check.run());
        offboard.addClickListener(e -> {
            if (confirmation.getValue().equals(tenant) && !reason.getValue().isBlank()) {
                close();
                confirmed.accept(reason.getValue());
            }
        });
        add(new Paragraph(inPage("onboarding.ui.offboard.warning", namespace)), confirmation, reason);
        getFooter().add(new Button(inPage("onboarding.ui.cancel"), e -> close()), offboard);
    }
}
