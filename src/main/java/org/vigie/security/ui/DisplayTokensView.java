package org.vigie.security.ui;

import org.vigie.platform.TextLimit;
import java.util.Map;
import org.vigie.tenant.Regions;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "menu.displays", order = 70)
@Route("admin/displays")
@RolesAllowed("ADMIN")
class DisplayTokensView extends VerticalLayout implements HasDynamicTitle {

    private final DisplayTokens displays;
    private final Caller caller;
    private final String baseUrl;
    private final TextField name = new TextField();
    private final ComboBox<String> region = new ComboBox<>();
    private final Div issued = new Div();
    private final Paragraph message = new Paragraph();
    private final Grid<DisplayToken> grid = new Grid<>();
    private final FieldProblems problems = new FieldProblems(Map.of("name", name, "region", region), message);

    DisplayTokensView(DisplayTokens displays, TenantCatalogue catalogue, CurrentCaller currentCaller) {
        this.displays = displays;
        this.caller = currentCaller.get();
        HttpServletRequest request = VaadinServletRequest.getCurrent() == null ? null
                : ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getHttpServletRequest();
        this.baseUrl = request == null ? "" : request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort() + request.getContextPath() + "/";
        name.setId("display-name");
        TextLimit.of(name, TokenNames.MAX_LENGTH);
        name.setLabel(getTranslation("displays.name"));
        region.setLabel(getTranslation("displays.region"));
        region.setItemLabelGenerator(Regions::displayName);
        name.setPlaceholder(getTranslation("displays.placeholder"));
        region.setId("display-region");
        region.setItems(catalogue.regions());
        region.setClearButtonVisible(true);
        Button create = new Button(getTranslation("displays.create"), e -> create());
        create.setId("create-display");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, region, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        issued.setId("issued-display");
        message.setId("display-message");
        grid.setId("displays");
        grid.setAllRowsVisible(true);
        grid.addColumn(DisplayToken::name).setHeader(getTranslation("displays.display"));
        grid.addColumn(t -> t.region() == null ? getTranslation("displays.allRegions") : Regions.displayName(t.region()))
                .setHeader(getTranslation("triage.region"));
        grid.addColumn(DisplayToken::createdBy).setHeader(getTranslation("displays.createdBy"));
        grid.addColumn(t -> ApiTokensView.time(t.createdAt())).setHeader(getTranslation("tokens.created"));
        grid.addColumn(t -> t.active() ? getTranslation("tokens.active")
                : getTranslation("tokens.revoked", ApiTokensView.time(t.revokedAt()))).setHeader(getTranslation("users.state"));
        grid.addComponentColumn(this::revokeButton);
        add(new H2(getTranslation("menu.displays")), new Paragraph(getTranslation("displays.intro")), form, issued, message,
                grid);
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
            issued.add(new Paragraph(getTranslation("displays.issued", token.token().name())), link);
            message.setText("");
            problems.clear();
            name.clear();
        } catch (IllegalArgumentException e) {
            problems.show(e);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.displays") + " — Vigie";
    }

    private Button revokeButton(DisplayToken token) {
        return RevokeButton.of(token.active(), () -> {
            displays.revoke(caller, token.id());
            message.setText(getTranslation("displays.revokedDone", token.name()));
        }, this::refresh);
    }

    private void refresh() {
        grid.setItems(displays.all());
    }
}
