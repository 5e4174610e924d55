package org.vigie.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.tenant.Tenant;

/** One tenant on the board: its name, its colour in words, and the worst reason. */
final class Tile extends Div {

    private final Span name = new Span();
    private final Span status = new Span();
    private final Span reason = new Span();
    private final Span unknown = new Span();
    private static final String MAINTENANCE_CLASS = "status-maintenance";
    private Status shown;
    private boolean shownMaintenance;
    private String shownWords;

    Tile(String tenant) {
        addClassName("board-tile");
        getElement().setAttribute("data-tenant", tenant);
        name.addClassName("board-tile-name");
        status.addClassName("board-tile-status");
        reason.addClassName("board-tile-reason");
        unknown.addClassName("board-tile-unknown");
        unknown.setText(label(Status.GREY));
        add(name, status, unknown, reason);
    }

    void show(TenantState state) {
        show(state, false);
    }

    /** {@code maintenance}: within a planned window, the tile says MAINTENANCE instead of its colour. */
    void show(TenantState state, boolean maintenance) {
        WholeWords.show(name, state.tenant().displayName().replaceFirst("^ENT ", ""));
        Status now = state.status();
        if (now != shown || maintenance != shownMaintenance) {
            if (shown != null) {
                removeClassName(shownMaintenance ? MAINTENANCE_CLASS : cssClass(shown));
            }
            addClassName(maintenance ? MAINTENANCE_CLASS : cssClass(now));
            getElement().setAttribute("data-status", maintenance ? "MAINTENANCE" : now.name());
            shown = now;
            shownMaintenance = maintenance;
        }
        String words = maintenance ? getTranslation("incident.board.maintenance")
                : state.inService() ? label(now) : lifecycle(state.tenant().lifecycle());
        if (!words.equals(shownWords)) {
            status.setText(words);
            shownWords = words;
        }
        WholeWords.show(reason, state.health().reasons().isEmpty() ? ""
                : state.health().reasons().getFirst().message(getLocale()));
        String code = state.health().reasons().isEmpty() ? null : state.health().reasons().getFirst().code().name();
        if (code == null) {
            reason.getElement().removeAttribute("data-code");
            reason.getElement().removeAttribute("title");
        } else {
            reason.getElement().setAttribute("data-code", code);
            reason.getElement().setAttribute("title", code);
        }
    }

    static String cssClass(Status status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    private String lifecycle(Tenant.Lifecycle lifecycle) {
        return getTranslation("lifecycle." + lifecycle.name());
    }

    private String label(Status status) {
        return getTranslation("status." + status.name());
    }
}
