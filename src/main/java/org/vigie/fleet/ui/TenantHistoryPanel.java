package org.vigie.fleet.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Locale;
import org.vigie.history.StatusHistory;
import org.vigie.history.StatusTransition;
import org.vigie.history.Uptime;
import org.vigie.platform.DisplayTime;

/** Uptime over 24 h, 7 and 30 days, the last 24 hours as a strip, and the latest colour changes. */
final class TenantHistoryPanel extends Div {


    TenantHistoryPanel(StatusHistory history, String tenant) {
        setWidthFull();
        Div uptimes = new Div();
        uptimes.setId("tenant-uptime");
        uptimes.addClassName("tenant-uptime");
        for (Duration window : StatusHistory.UPTIME_WINDOWS) {
            uptimes.add(uptime(history.uptime(tenant, window)));
        }
        Html strip = new Html(TimelineSvg.render(history.timeline(tenant, Duration.ofHours(24))));
        strip.getElement().getClassList().add("tenant-timeline");
        Grid<StatusTransition> changes = new Grid<>();
        changes.setId("tenant-transitions");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        changes.setAllRowsVisible(true);
        changes.addColumn(t -> DisplayTime.dayAndTime(t.at())).setHeader("When (Paris)");
        changes.addColumn(t -> (t.from() == null ? "—" : t.from().name()) + " → " + t.to().name()).setHeader("Change");
        changes.addColumn(t -> String.join(" · ", t.reasons())).setHeader("Reasons").setFlexGrow(4);
        changes.setItems(history.latest(tenant, 50));
        add(new H3("Uptime"), uptimes, new H3("Last 24 hours"), strip, new H3("Latest changes"), changes);
    }

    private static Span uptime(Uptime uptime) {
        String window = uptime.window().toDays() >= 2 ? uptime.window().toDays() + " d" : uptime.window().toHours() + " h";
        String figure = uptime.availability() == null ? "no data"
                : String.format(Locale.ROOT, "%.3f %%", uptime.availability() * 100);
        Span span = new Span(window + ": " + figure
                + (uptime.unknownShare() > 0.005 ? String.format(Locale.ROOT, " (%.1f %% unknown)", uptime.unknownShare() * 100) : ""));
        span.getElement().getThemeList().add("badge contrast");
        return span;
    }
}
