package org.vigie.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vigie.security.display.DisplayTokenFilter;

/** Where a wall display lands when its token is unknown or has been revoked. */
@Route(value = DisplayTokenFilter.REVOKED_PATH, autoLayout = false)
@AnonymousAllowed
class DisplayRevokedView extends Div implements HasDynamicTitle {

    DisplayRevokedView() {
        addClassName("board");
        setId("display-revoked");
        add(new H1(getTranslation("display.revoked.title")), new Paragraph(getTranslation("display.revoked.text")));
    }

    @Override
    public String getPageTitle() {
        return "Vigie — " + getTranslation("display.revoked.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getElement().executeJs("document.documentElement.setAttribute('theme', 'dark')");
    }
}
