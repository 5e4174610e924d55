package org.vigie.security.ui;

import org.vigie.platform.TextLimit;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.vigie.platform.DisplayTime;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.security.Role;
import org.vigie.security.TokenNames;
import org.vigie.security.tokens.ApiToken;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.tokens.IssuedToken;
import org.vigie.security.tokens.TokenRefusedException;

/** Personal API tokens: create one (its secret is shown once), list and revoke; admins see everyone's. */
@Menu(title = "menu.tokens", order = 50)
@Route("tokens")
@RolesAllowed("VIEWER")
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokens tokens;
    private final Caller caller;
    private final TextField name = new TextField();
    private final Div issued = new Div();
    private final Paragraph message = new Paragraph();
    private final Checkbox everyone = new Checkbox();
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokensView(ApiTokens tokens, CurrentCaller currentCaller) {
        this.tokens = tokens;
        this.caller = currentCaller.get();
        name.setId("token-name");
        TextLimit.of(name, TokenNames.MAX_LENGTH);
        name.setLabel(getTranslation("tokens.name"));
        everyone.setLabel(getTranslation("tokens.everyone"));
        name.setPlaceholder(getTranslation("tokens.placeholder"));
        Button create = new Button(getTranslation("tokens.create"), e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        issued.setId("issued-token");
        message.setId("token-message");
        grid.setId("tokens");
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.nameColumn"));
        grid.addColumn(ApiToken::username).setHeader(getTranslation("users.user"));
        grid.addColumn(t -> time(t.createdAt())).setHeader(getTranslation("tokens.created"));
        grid.addColumn(t -> time(t.lastUsedAt())).setHeader(getTranslation("tokens.lastUsed"));
        grid.addColumn(t -> t.active() ? getTranslation("tokens.active") : getTranslation("tokens.revoked", time(t.revokedAt())))
                .setHeader(getTranslation("users.state"));
        grid.addComponentColumn(this::revokeButton);
        everyone.setVisible(caller.has(Role.ADMIN));
        everyone.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("menu.tokens")), new Paragraph(getTranslation("tokens.intro")),
                form, issued, message, everyone, grid);
        refresh();
    }

    private void create() {
        issued.removeAll();
        try {
            IssuedToken token = tokens.create(caller, name.getValue());
            Paragraph secret = new Paragraph(token.secret());
            secret.setId("token-secret");
            secret.getStyle().set("font-family", "monospace").set("user-select", "all");
            issued.add(new Paragraph(getTranslation("tokens.issued", token.token().name())), secret);
            message.setText("");
            name.setInvalid(false);
            name.clear();
        } catch (TokenRefusedException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
            message.setText(e.getMessage());
        }
        refresh();
    }

    private Button revokeButton(ApiToken token) {
        return RevokeButton.of(token.active(), () -> {
            tokens.revoke(caller, token.id());
            message.setText(getTranslation("tokens.revokedDone", token.name(), token.username()));
        }, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tokens") + " — Vigie";
    }

    private void refresh() {
        grid.setItems(tokens.list(caller, everyone.getValue()));
    }

    static String time(Instant at) {
        return DisplayTime.dateTime(at);
    }
}
