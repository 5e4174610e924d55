package org.vigie.security.ui;

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
@Menu(title = "Users", order = 60)
@Route("admin/users")
@PageTitle("Users — Vigie")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

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
        TextField username = new TextField("User name");
        username.setId("new-username");
        PasswordField password = new PasswordField("Password (12 characters or more)");
        password.setId("new-password");
        Button create = new Button("Create user", e -> act(() -> {
            administration.create(caller, username.getValue(), password.getValue(), grants.roles(), grants.scope());
            message.setText("User " + username.getValue() + " created.");
            username.clear();
            password.clear();
        }));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId("users-message");
        grid.setId("users");
        grid.setAllRowsVisible(true);
        grid.addColumn(UserAccount::username).setHeader("User");
        grid.addColumn(u -> RoleNames.of(u.caller())).setHeader("Roles and scope").setFlexGrow(3);
        grid.addColumn(u -> u.source().name().toLowerCase()).setHeader("Sign-in");
        grid.addColumn(u -> u.enabled() ? "enabled" : "disabled").setHeader("State");
        grid.addColumn(u -> sessions.count(u.username())).setHeader("Sessions");
        grid.addComponentColumn(this::actions).setFlexGrow(2);
        Button everyoneOut = new Button("Sign everyone else out", e -> act(() -> message.setText(
                "Everyone else signed out of " + administration.endEveryonesSessions(caller) + " session(s).")));
        everyoneOut.setId("end-everyones-sessions");
        everyoneOut.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2("Users"), new HorizontalLayout(username, password), grants, create, message, grid, everyoneOut);
        refresh();
    }

    private HorizontalLayout actions(UserAccount user) {
        Button edit = new Button("Edit", e -> new UserEditDialog(user, caller, administration, catalogue, this::refresh,
                message::setText).open());
        Button signOut = new Button("Sign out everywhere", e -> act(() -> {
            int ended = administration.endSessions(caller, user.username());
            message.setText(user.username() + " signed out of " + ended + " session(s).");
        }));
        signOut.setId("end-sessions-" + user.username());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        signOut.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, signOut);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(users.all());
    }
}
