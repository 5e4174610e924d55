package org.vigie.security.ui;

import java.util.Map;
import java.util.HashMap;
import com.vaadin.flow.component.HasValidation;
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
        setHeaderTitle(getTranslation("users.dialogTitle", user.username()));
        UserGrantFields grants = new UserGrantFields(catalogue);
        grants.show(user.roles(), user.scope());
        Checkbox enabled = new Checkbox(getTranslation("users.enabledLabel"), user.enabled());
        PasswordField password = new PasswordField(getTranslation("users.newPassword"));
        password.setVisible(user.source() == UserAccount.Source.LOCAL);
        Paragraph error = new Paragraph();
        Map<String, HasValidation> fields = new HashMap<>(grants.byName());
        fields.put("password", password);
        FieldProblems problems = new FieldProblems(fields, error);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("users.save"), e -> {
            try {
                problems.clear();
                if (!password.isEmpty()) {
                    UserPolicy.requirePassword("field 'password'", password.getValue());
                }
                administration.update(admin, user.username(), grants.roles(), grants.scope(), enabled.getValue());
                if (!password.isEmpty()) {
                    administration.resetPassword(admin, user.username(), password.getValue());
                }
                report.accept(getTranslation("users.saved", user.username()));
                saved.run();
                close();
            } catch (IllegalArgumentException failure) {
                problems.show(failure);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(grants, enabled, password, error);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
