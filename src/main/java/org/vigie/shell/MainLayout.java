package org.vigie.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import org.vigie.audit.ui.AuditView;
import org.vigie.fleet.ui.FleetView;
import org.vigie.scaling.ui.BulkScaleView;

/** The console's frame: title, the DEMO badge when it applies, and the navigation drawer. */
@Layout
public class MainLayout extends AppLayout {

    MainLayout(ConsoleMode mode) {
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
        addToNavbar(navbar);
        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem("Fleet", FleetView.class));
        navigation.addItem(new SideNavItem("Bulk scaling", BulkScaleView.class));
        navigation.addItem(new SideNavItem("Audit trail", AuditView.class));
        navigation.addItem(new SideNavItem("Wall board", "board"));
        addToDrawer(navigation);
    }
}
