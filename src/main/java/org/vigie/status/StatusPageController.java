package org.vigie.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.HtmlUtils;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.tenant.Tenant;
import org.vigie.platform.DisplayTime;

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
    private final SnapshotRenderings html = new SnapshotRenderings(StatusPageController::render);

    StatusPageController(FleetSnapshotPublisher fleet) {
        this.fleet = fleet;
    }

    @GetMapping(value = "/status", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<byte[]> page(@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(value = "Accept-Encoding", required = false) String acceptEncoding) {
        return Conditional.respond(html.of(fleet.current()), ifNoneMatch, acceptEncoding,
                new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
    }

    static String render(FleetSnapshot snapshot) {
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
        snapshot.byRegion().forEach((region, tenants) -> region(page, region, tenants));
        return page.append("</body></html>\n").toString();
    }

    private static void region(StringBuilder page, String region, List<TenantState> tenants) {
        page.append("<h2>").append(HtmlUtils.htmlEscape(region)).append("</h2><ul>");
        for (TenantState tenant : tenants) {
            String status = tenant.status().name();
            page.append("<li data-tenant=\"").append(HtmlUtils.htmlEscape(tenant.tenant().name()))
                    .append("\" data-status=\"").append(status).append("\">")
                    .append("<span class=\"dot\" style=\"background:").append(COLOURS.get(status)).append("\"></span>")
                    .append("<span class=\"status\">").append(tenant.inService() ? label(status)
                            : lifecycle(tenant.tenant().lifecycle())).append("</span>")
                    .append(HtmlUtils.htmlEscape(tenant.tenant().displayName()));
            if (!tenant.health().reasons().isEmpty()) {
                page.append(" <span class=\"reason\">— ")
                        .append(HtmlUtils.htmlEscape(tenant.health().reasons().getFirst().message())).append("</span>");
            }
            page.append("</li>");
        }
        page.append("</ul>");
    }

    private static String lifecycle(Tenant.Lifecycle lifecycle) {
        return lifecycle == Tenant.Lifecycle.ONBOARDING ? "En cours de mise en service" : "Suspendu";
    }

    private static String label(String status) {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "GREEN" -> "Opérationnel";
            case "AMBER" -> "Dégradé";
            case "RED" -> "Incident";
            default -> "Inconnu";
        };
    }
}
