package org.vigie.status;

import java.util.List;
import org.springframework.web.util.HtmlUtils;
import org.vigie.health.FleetSnapshot;
import org.vigie.incident.MaintenanceWindow;
import org.vigie.incident.PublicNotices;
import org.vigie.incident.PublicNotices.OpenIncident;
import org.vigie.incident.PublicNotices.Update;
import org.vigie.platform.DisplayTime;
import org.vigie.platform.Language;
import org.vigie.platform.Messages;

/** The open incidents' public updates (latest first) and the maintenance windows not yet over, on {@code /status}. */
final class PublicNoticesHtml {

    private PublicNoticesHtml() {
    }

    static void append(StringBuilder page, PublicNotices notices, FleetSnapshot snapshot, Language language) {
        List<OpenIncident> incidents = notices.published();
        if (!incidents.isEmpty()) {
            page.append("<section id=\"incidents\"><h2>").append(escape(Messages.get(language, "incident.public.title")))
                    .append("</h2>");
            for (OpenIncident incident : incidents) {
                page.append("<article class=\"incident\" data-incident=\"").append(escape(incident.id())).append("\"><h3>")
                        .append(escape(incident.title())).append("</h3><p>")
                        .append(escape(Messages.get(language, "incident.public.stateAndTenants",
                                Messages.get(language, "incident.state." + incident.state()),
                                names(incident.tenants(), snapshot)))).append("</p><ul>");
                for (Update update : incident.updates().reversed()) {
                    page.append("<li class=\"incident-update\"><time>").append(escape(DisplayTime.dateTime(update.at())))
                            .append("</time> — ").append(escape(update.text())).append("</li>");
                }
                page.append("</ul></article>");
            }
            page.append("</section>");
        }
        if (!notices.maintenance().isEmpty()) {
            page.append("<section id=\"maintenance\"><h2>")
                    .append(escape(Messages.get(language, "incident.public.maintenanceTitle"))).append("</h2><ul>");
            for (MaintenanceWindow window : notices.maintenance()) {
                page.append("<li class=\"maintenance\">").append(escape(Messages.get(language,
                        window.activeAt(notices.at()) ? "incident.public.maintenanceNow" : "incident.public.maintenanceNext",
                        DisplayTime.dateTime(window.start()), DisplayTime.dateTime(window.end()),
                        names(window.tenants(), snapshot), window.publicText()))).append("</li>");
            }
            page.append("</ul></section>");
        }
    }

    private static String names(List<String> tenants, FleetSnapshot snapshot) {
        return String.join(", ", tenants.stream().map(t -> snapshot.tenant(t).map(s -> s.tenant().displayName())
                .orElse(t)).toList());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
