package org.vigie.fleet.ui;

import java.util.List;
import com.vaadin.flow.component.html.Paragraph;
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
import org.vigie.history.TimeSpan;
import org.vigie.history.Uptime;
import org.vigie.platform.DisplayTime;

/** Uptime over 24 h, 7 and 30 days, the last 24 hours as a strip, and the latest colour changes. */
final class TenantHistoryPanel extends Div {


    /** {@code maintenance}: windows whose time uptime counts apart. */
    TenantHistoryPanel(StatusHistory history, String tenant, List<TimeSpan> maintenance) {
        setWidthFull();
        Div uptimes = new Div();
        uptimes.setId("tenant-uptime");
        uptimes.addClassName("tenant-uptime");
        for (Duration window : StatusHistory.UPTIME_WINDOWS) {
            uptimes.add(uptime(history.uptime(tenant, window, maintenance)));
        }
        if (!maintenance.isEmpty()) {
            java.time.Instant now = java.time.Instant.now();
            Duration apart = TimeSpan.covered(now.minus(Duration.ofDays(30)), now, maintenance);
            Span span = new Span(getTranslation("incident.uptime.apart", apart.toMinutes() / 60.0));
            span.setId("tenant-uptime-maintenance");
            uptimes.add(span);
        }
        Html strip = new Html(TimelineSvg.render(history.timeline(tenant, Duration.ofHours(24))));
        strip.getElement().getClassList().add("tenant-timeline");
        Grid<StatusTransition> changes = new Grid<>();
        changes.setId("tenant-transitions");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        changes.setAllRowsVisible(true);
        changes.addColumn(t -> DisplayTime.dayAndTime(t.at())).setHeader(getTranslation("history.when"));
        changes.addColumn(t -> (t.from() == null ? "—" : StatusBadge.label(t.from())) + " → " + StatusBadge.label(t.to()))
                .setHeader(getTranslation("history.change"));
        changes.addColumn(t -> String.join(" · ", t.reasons())).setHeader(getTranslation("history.reasons")).setFlexGrow(4);
        List<StatusTransition> latest = history.latest(tenant, 50);
        changes.setItems(latest);
        Paragraph legend = new Paragraph(getTranslation("history.legend"));
        legend.setId("tenant-uptime-legend");
        add(new H3(getTranslation("history.uptime")), uptimes, legend, new H3(getTranslation("history.last24h")), strip,
                new H3(getTranslation("history.latest")), latest.isEmpty() ? new Paragraph(getTranslation("history.noneYet"))
                        : changes);
    }

    private Span uptime(Uptime uptime) {
        String window = uptime.window().toDays() >= 2 ? getTranslation("history.days", uptime.window().toDays())
                : getTranslation("history.hours", uptime.window().toHours());
        String figure = uptime.availability() == null ? getTranslation("history.noData")
                : getTranslation("history.availability", uptime.availability() * 100);
        Span span = new Span(getTranslation("history.uptimeValue", window, figure)
                + (uptime.unknownShare() > 0.005 ? getTranslation("history.unknownShare", uptime.unknownShare() * 100) : ""));
        span.getElement().getThemeList().add("badge contrast");
        return span;
    }
}
