package org.vigie.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import org.vigie.security.Caller;
import org.vigie.security.users.UserAccount;
import org.vigie.security.users.UserAdministration;
import org.vigie.security.users.UserPolicy;
import org.vigie.tenant.TenantCatalogue;

/** Changes one user's roles, scope and state, or resets their password; errors stay in the dialog. */
class UserEditDialog extends Dialog {

    UserEditDialog(UserAccount user, Caller admin, UserAdministration administration, TenantCatalogue catalogue,
            Runnable saved, Consumer<String> report) {
        setHeaderTitle("User " + user.username());
        UserGrantFields grants = new UserGrantFields(catalogue);
        grants.show(user.roles(), user.scope());
        Checkbox enabled = new Checkbox("Enabled", user.enabled());
        PasswordField password = new PasswordField("New password (leave empty to keep)");
        password.setVisible(user.source() == UserAccount.Source.LOCAL);
        Paragraph error = new Paragraph();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button("Save", e -> {
            try {
                if (!password.isEmpty()) {
                    UserPolicy.requirePassword("field 'password'", password.getValue());
                }
                administration.update(admin, user.username(), grants.roles(), grants.scope(), enabled.getValue());
                if (!password.isEmpty()) {
                    administration.resetPassword(admin, user.username(), password.getValue());
                }
                report.accept("User " + user.username() + " saved.");
                saved.run();
                close();
            } catch (IllegalArgumentException failure) {
                error.setText(failure.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(grants, enabled, password, error);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
