package org.vigie.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.security.TokenNames;
import org.vigie.security.display.DisplayToken;
import org.vigie.security.display.DisplayTokens;
import org.vigie.security.display.IssuedDisplayToken;
import org.vigie.tenant.TenantCatalogue;

/** Wall displays: an admin creates a board link (optionally for one region), lists and revokes them. */
@Menu(title = "Wall displays", order = 70)
@Route("admin/displays")
@PageTitle("Wall displays — Vigie")
@RolesAllowed("ADMIN")
class DisplayTokensView extends VerticalLayout {

    private final DisplayTokens displays;
    private final Caller caller;
    private final String baseUrl;
    private final TextField name = new TextField("Display name");
    private final ComboBox<String> region = new ComboBox<>("Region (empty: whole fleet)");
    private final Div issued = new Div();
    private final Paragraph message = new Paragraph();
    private final Grid<DisplayToken> grid = new Grid<>();

    DisplayTokensView(DisplayTokens displays, TenantCatalogue catalogue, CurrentCaller currentCaller) {
        this.displays = displays;
        this.caller = currentCaller.get();
        HttpServletRequest request = VaadinServletRequest.getCurrent() == null ? null
                : ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getHttpServletRequest();
        this.baseUrl = request == null ? "" : request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort() + request.getContextPath() + "/";
        name.setId("display-name");
        name.setMaxLength(TokenNames.MAX_LENGTH);
        name.setPlaceholder("e.g. Salle de crise, écran 2");
        region.setId("display-region");
        region.setItems(catalogue.regions());
        region.setClearButtonVisible(true);
        Button create = new Button("Create board link", e -> create());
        create.setId("create-display");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, region, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        issued.setId("issued-display");
        message.setId("display-message");
        grid.setId("displays");
        grid.setAllRowsVisible(true);
        grid.addColumn(DisplayToken::name).setHeader("Display");
        grid.addColumn(t -> t.region() == null ? "all regions" : t.region()).setHeader("Region");
        grid.addColumn(DisplayToken::createdBy).setHeader("Created by");
        grid.addColumn(t -> ApiTokensView.time(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> t.active() ? "active" : "revoked " + ApiTokensView.time(t.revokedAt())).setHeader("State");
        grid.addComponentColumn(this::revokeButton);
        add(new H2("Wall displays"), new Paragraph("A board link opens the wall board read-only, without a login. "
                + "Revoking it turns the display to a 'revoked' screen within a minute."), form, issued, message, grid);
        refresh();
    }

    private void create() {
        issued.removeAll();
        try {
            IssuedDisplayToken token = displays.create(caller, name.getValue(), region.getValue());
            String url = baseUrl + token.boardPath();
            Anchor link = new Anchor(url, url);
            link.setId("display-link");
            link.setTarget("_blank");
            issued.add(new Paragraph("Open this link on the display '" + token.token().name() + "'. Copy it now: it "
                    + "will not be shown again."), link);
            message.setText("");
            name.clear();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
        refresh();
    }

    private Button revokeButton(DisplayToken token) {
        return RevokeButton.of(token.active(), () -> {
            displays.revoke(caller, token.id());
            message.setText("Display '" + token.name() + "' revoked: its board closes within a minute.");
        }, this::refresh);
    }

    private void refresh() {
        grid.setItems(displays.all());
    }
}
