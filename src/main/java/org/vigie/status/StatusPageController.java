package org.vigie.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.HtmlUtils;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.history.CurrentStatuses;
import org.vigie.history.StatusSince;
import org.vigie.platform.DisplayTime;
import org.vigie.tenant.Regions;

/**
 * {@code GET /status}: a light page naming every tenant with its colour, for local authority
 * contacts and hundreds of viewers: no Vaadin session, no script, refreshed by the browser.
 */
@Controller
class StatusPageController {

    static final int REFRESH_SECONDS = 30;
    private static final Map<String, String> COLOURS = Map.of(
            "GREEN", "#1e8e3e", "AMBER", "#e37400", "RED", "#d93025", "GREY", "#80868b");

    private final FleetSnapshotPublisher fleet;
    private final SnapshotRenderings html;

    StatusPageController(FleetSnapshotPublisher fleet, CurrentStatuses current) {
        this.fleet = fleet;
        this.html = new SnapshotRenderings(snapshot -> render(snapshot, current::of));
    }

    @GetMapping(value = "/status", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<byte[]> page(@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(value = "Accept-Encoding", required = false) String acceptEncoding) {
        return Conditional.respond(html.of(fleet.current()), ifNoneMatch, acceptEncoding,
                new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
    }

    static String render(FleetSnapshot snapshot, Function<String, Optional<StatusSince>> current) {
        StringBuilder page = new StringBuilder("""
                <!doctype html>
                <html lang="fr"><head><meta charset="utf-8">
                <meta http-equiv="refresh" content="%d">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>État des ENT — Vigie</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:1.5rem;color:#202124}
                h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}
                ul{list-style:none;padding:0}li{padding:.3rem 0;border-bottom:1px solid #eee}
                .dot{display:inline-block;width:.8rem;height:.8rem;border-radius:50%%;margin-right:.5rem}
                .status{font-weight:600;margin-right:.5rem}.reason{color:#5f6368}
                </style></head><body>
                <h1>État des ENT</h1>
                <p id="updated">Mis à jour le %s (heure de Paris) · actualisation automatique toutes les %d s</p>
                """.formatted(REFRESH_SECONDS, DisplayTime.dateTime(snapshot.generatedAt()), REFRESH_SECONDS));
        snapshot.byRegion().forEach((region, tenants) -> region(page, region, tenants, current, snapshot.generatedAt()));
        return page.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static void region(StringBuilder page, String region, List<TenantState> tenants,
            Function<String, Optional<StatusSince>> current, Instant now) {
        page.append("<h2>").append(escape(Regions.displayName(region))).append("</h2><ul>");
        for (TenantState tenant : tenants) {
            String status = tenant.inService() ? tenant.status().name() : "GREY";
            page.append("<li data-tenant=\"").append(escape(tenant.tenant().name()))
                    .append("\" data-status=\"").append(tenant.status().name()).append("\">")
                    .append("<span class=\"dot\" style=\"background:").append(COLOURS.get(status))
                    .append("\" aria-hidden=\"true\"></span>")
                    .append("<span class=\"name\">").append(escape(tenant.tenant().displayName()))
                    .append("</span> <span class=\"status\">").append(PublicWording.state(tenant))
                    .append("</span> <span class=\"since\">depuis le ")
                    .append(DisplayTime.dateTime(PublicWording.since(tenant, current, now)))
                    .append("</span><br><span class=\"reason\">")
                    .append(escape(PublicWording.message(tenant))).append("</span></li>");
        }
        page.append("</ul>");
    }
}
