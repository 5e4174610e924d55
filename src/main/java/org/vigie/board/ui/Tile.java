package org.vigie.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.vigie.health.Status;
import org.vigie.health.TenantState;

/** One tenant on the board: its name, its colour in words, and the worst reason. */
final class Tile extends Div {

    private final Span name = new Span();
    private final Span status = new Span();
    private final Span reason = new Span();
    private Status shown;

    Tile(String tenant) {
        addClassName("board-tile");
        getElement().setAttribute("data-tenant", tenant);
        name.addClassName("board-tile-name");
        status.addClassName("board-tile-status");
        reason.addClassName("board-tile-reason");
        add(name, status, reason);
    }

    void show(TenantState state) {
        name.setText(state.tenant().displayName().replaceFirst("^ENT ", ""));
        Status now = state.status();
        if (now != shown) {
            if (shown != null) {
                removeClassName(cssClass(shown));
            }
            addClassName(cssClass(now));
            getElement().setAttribute("data-status", now.name());
            status.setText(label(now));
            shown = now;
        }
        reason.setText(state.health().reasons().isEmpty() ? "" : state.health().reasons().getFirst().message());
    }

    static String cssClass(Status status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    static String label(Status status) {
        return switch (status) {
            case GREEN -> "OK";
            case AMBER -> "DÉGRADÉ";
            case RED -> "INCIDENT";
            case GREY -> "INCONNU";
        };
    }
}
