package org.vigie.board.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.tenant.Tenant;

/**
 * One tenant on the board: its name, its colour in words, and the worst reason. A board holds sixty, in
 * every open session: each tile is one element whose content is written as one escaped HTML string (four
 * child components per tile cost a board session over a megabyte of server heap; see docs/benchmarks.md).
 */
final class Tile extends Div {

    private static final String MAINTENANCE_CLASS = "status-maintenance";
    private Status shown;
    private boolean shownMaintenance;
    private String shownHtml;

    Tile(String tenant) {
        addClassName("board-tile");
        getElement().setAttribute("data-tenant", tenant);
    }

    void show(TenantState state) {
        show(state, false);
    }

    /** {@code maintenance}: within a planned window, the tile says MAINTENANCE instead of its colour. */
    void show(TenantState state, boolean maintenance) {
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
        boolean reasonShown = !state.health().reasons().isEmpty();
        String reason = reasonShown ? state.health().reasons().getFirst().message(getLocale()) : "";
        String code = reasonShown ? state.health().reasons().getFirst().code().name() : null;
        String html = span("board-tile-name", null, state.tenant().displayName().replaceFirst("^ENT ", ""), null)
                + "<span class=\"board-tile-status\">" + escape(words) + "</span>"
                + "<span class=\"board-tile-unknown\">" + escape(label(Status.GREY)) + "</span>"
                + span("board-tile-reason", code, reason, code);
        if (!html.equals(shownHtml)) {
            getElement().setProperty("innerHTML", html);
            shownHtml = html;
        }
    }

    /** A span whose words {@link WholeWords} fits in the browser, with the reason code as data and title. */
    private static String span(String cssClass, String code, String text, String title) {
        return "<span class=\"" + cssClass + "\"" + (code == null ? "" : " data-code=\"" + escape(code) + "\"")
                + (title == null ? "" : " title=\"" + escape(title) + "\"") + " " + WholeWords.ATTRIBUTE + "=\""
                + escape(text) + "\"></span>";
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
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
