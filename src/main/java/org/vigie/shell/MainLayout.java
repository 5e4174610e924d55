package org.vigie.shell;

import org.vigie.platform.LanguageSwitch;
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
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.vigie.platform.ConsoleMode;
import org.vigie.platform.DatabaseAvailability;
import org.vigie.platform.DatabaseBanner;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.security.RoleNames;

/**
 * The console's frame: title, the DEMO badge when it applies, a banner while the database is away,
 * who is signed in, and a navigation drawer built from the views' own {@code @Menu} declarations,
 * filtered by what the signed-in roles may open.
 */
@Layout
@RolesAllowed("VIEWER")
class MainLayout extends AppLayout {

    MainLayout(ConsoleMode mode, AuthenticationContext authentication, CurrentCaller currentCaller,
            DatabaseAvailability database) {
        Caller caller = currentCaller.get();
        H1 title = new H1("Vigie");
        title.addClassName("vigie-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title);
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (mode.isDemo()) {
            Span demo = new Span(getTranslation("shell.demo"));
            demo.getElement().getThemeList().add("badge warning primary");
            demo.setId("demo-badge");
            navbar.add(demo);
        }
        Span who = new Span(caller.username() + " · " + RoleNames.of(caller));
        who.setId("signed-in-user");
        Button signOut = new Button(getTranslation("shell.signOut"), e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_SMALL);
        VerticalLayout account = new VerticalLayout(who, signOut, new LanguageSwitch());
        account.addClassName("vigie-account");
        addToNavbar(navbar, new DatabaseBanner(database, getTranslation("shell.databaseDown")));
        SideNav navigation = new SideNav();
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> navigation.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(navigation, account);
    }
}
