package org.vigie.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.vigie.audit.ui.AuditView;
import org.vigie.catalogue.ui.CatalogueView;
import org.vigie.fleet.ui.FleetView;
import org.vigie.scaling.ui.BulkScaleView;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.security.Role;
import org.vigie.security.ui.ApiTokensView;
import org.vigie.security.ui.DisplayTokensView;
import org.vigie.security.ui.RoleNames;
import org.vigie.security.ui.UsersView;

/**
 * The console's frame: title, the DEMO badge when it applies, who is signed in, and a navigation
 * drawer listing what the signed-in roles may open.
 */
@Layout
@RolesAllowed("VIEWER")
public class MainLayout extends AppLayout {

    MainLayout(ConsoleMode mode, AuthenticationContext authentication, CurrentCaller currentCaller) {
        Caller caller = currentCaller.get();
        H1 title = new H1("Vigie");
        title.addClassName("vigie-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title);
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (mode.isDemo()) {
            Span demo = new Span("DEMO — simulated clusters and traffic, embedded database");
            demo.getElement().getThemeList().add("badge warning primary");
            demo.setId("demo-badge");
            navbar.add(demo);
        }
        Span who = new Span(caller.username() + " · " + RoleNames.of(caller));
        who.setId("signed-in-user");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_SMALL);
        VerticalLayout account = new VerticalLayout(who, signOut);
        account.addClassName("vigie-account");
        addToNavbar(navbar);
        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem("Fleet", FleetView.class));
        if (caller.has(Role.OPERATOR)) {
            navigation.addItem(new SideNavItem("Bulk scaling", BulkScaleView.class));
            navigation.addItem(new SideNavItem("Audit trail", AuditView.class));
        }
        if (caller.has(Role.ACCOUNT_MANAGER)) {
            navigation.addItem(new SideNavItem("Catalogue", CatalogueView.class));
        }
        navigation.addItem(new SideNavItem("Wall board", "board"));
        navigation.addItem(new SideNavItem("API tokens", ApiTokensView.class));
        if (caller.has(Role.ADMIN)) {
            navigation.addItem(new SideNavItem("Users", UsersView.class));
            navigation.addItem(new SideNavItem("Wall displays", DisplayTokensView.class));
        }
        addToDrawer(navigation, account);
    }
}
