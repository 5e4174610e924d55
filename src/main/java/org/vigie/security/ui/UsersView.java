package org.vigie.security.ui;

import java.util.Map;
import java.util.HashMap;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.security.RoleNames;
import org.vigie.security.SignedInSessions;
import org.vigie.security.users.UserAccount;
import org.vigie.security.users.UserAccounts;
import org.vigie.security.users.UserAdministration;
import org.vigie.tenant.TenantCatalogue;

/** Users: create one, change roles, scope and state, reset a password, sign someone out everywhere. */
@Menu(title = "menu.users", order = 60)
@Route("admin/users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccounts users;
    private final UserAdministration administration;
    private final SignedInSessions sessions;
    private final Caller caller;
    private final TenantCatalogue catalogue;
    private final Paragraph message = new Paragraph();
    private final Grid<UserAccount> grid = new Grid<>();

    UsersView(UserAccounts users, UserAdministration administration, SignedInSessions sessions,
            TenantCatalogue catalogue, CurrentCaller currentCaller) {
        this.users = users;
        this.administration = administration;
        this.sessions = sessions;
        this.caller = currentCaller.get();
        this.catalogue = catalogue;
        UserGrantFields grants = new UserGrantFields(catalogue);
        TextField username = new TextField(getTranslation("login.username"));
        username.setId("new-username");
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setId("new-password");
        Map<String, HasValidation> fields = new HashMap<>(grants.byName());
        fields.put("username", username);
        fields.put("password", password);
        FieldProblems problems = new FieldProblems(fields, message);
        Button create = new Button(getTranslation("users.create"), e -> act(problems, () -> {
            administration.create(caller, username.getValue(), password.getValue(), grants.roles(), grants.scope());
            message.setText(getTranslation("users.created", username.getValue()));
            username.clear();
            password.clear();
        }));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId("users-message");
        grid.setId("users");
        grid.setAllRowsVisible(true);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.user"));
        grid.addColumn(u -> RoleNames.of(u.caller())).setHeader(getTranslation("users.rolesScope")).setFlexGrow(3);
        grid.addColumn(u -> u.source().name().toLowerCase()).setHeader(getTranslation("users.signIn"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.state"));
        grid.addColumn(u -> sessions.count(u.username())).setHeader(getTranslation("users.sessions"));
        grid.addComponentColumn(this::actions).setFlexGrow(2);
        Button everyoneOut = new Button(getTranslation("users.everyoneOut"), e -> act(problems, () -> message.setText(
                getTranslation("users.everyoneOutDone", administration.endEveryonesSessions(caller)))));
        everyoneOut.setId("end-everyones-sessions");
        everyoneOut.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2(getTranslation("menu.users")), new HorizontalLayout(username, password), grants, create, message, grid, everyoneOut);
        refresh();
    }

    private HorizontalLayout actions(UserAccount user) {
        Button edit = new Button(getTranslation("users.edit"), e -> new UserEditDialog(user, caller, administration, catalogue, this::refresh,
                message::setText).open());
        Button signOut = new Button(getTranslation("users.signOutEverywhere"), e -> act(null, () -> {
            int ended = administration.endSessions(caller, user.username());
            message.setText(getTranslation("users.signedOut", user.username(), ended));
        }));
        signOut.setId("end-sessions-" + user.username());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        signOut.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, signOut);
    }

    private void act(FieldProblems problems, Runnable action) {
        try {
            if (problems != null) {
                problems.clear();
            }
            action.run();
        } catch (IllegalArgumentException e) {
            if (problems != null) {
                problems.show(e);
            } else {
                message.setText(e.getMessage());
            }
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users") + " — Vigie";
    }

    private void refresh() {
        grid.setItems(users.all());
    }
}
