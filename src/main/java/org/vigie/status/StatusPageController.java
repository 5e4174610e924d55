package org.vigie.status;

import org.vigie.platform.Messages;
import org.vigie.platform.Language;
import org.springframework.http.HttpHeaders;
import java.util.EnumMap;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.history.CurrentStatuses;
import org.vigie.history.StatusSince;
import org.vigie.incident.OpenIncidents;
import org.vigie.incident.PublicNotices;
import org.vigie.platform.DisplayTime;
import org.vigie.tenant.Regions;

/**
 * {@code GET /status}: a light page naming every tenant with its colour, for local authority
 * contacts and hundreds of viewers: no Vaadin session; a few lines of script reload it until the reader pauses it.
 */
@Controller
class StatusPageController {

    static final int REFRESH_SECONDS = 30;
    private static final Map<String, String> COLOURS = Map.of(
            "GREEN", "#1e8e3e", "AMBER", "#e37400", "RED", "#d93025", "GREY", "#80868b", "MAINTENANCE", "#1a73e8");

    /** Reloads the page unless the reader unticks the box (WCAG 2.2.1: a timed refresh the reader can stop). */
    static final String AUTO_REFRESH = """
            <script>(() => {
              const box = document.getElementById('auto-refresh');
              let store = null;
              try { store = window.sessionStorage; } catch (e) { /* storage refused: the box still works */ }
              box.checked = !store || store.getItem('vigie.status.refresh') !== 'off';
              box.addEventListener('change', () => store?.setItem('vigie.status.refresh', box.checked ? 'on' : 'off'));
              setInterval(() => { if (box.checked) location.reload(); }, %d);
            })();</script>
            """.formatted(REFRESH_SECONDS * 1000);

    private final FleetSnapshotPublisher fleet;
    private final Map<Language, SnapshotRenderings> html = new EnumMap<>(Language.class);

    StatusPageController(FleetSnapshotPublisher fleet, CurrentStatuses current, OpenIncidents notices) {
        this.fleet = fleet;
        for (Language language : Language.values()) {
            html.put(language, new SnapshotRenderings(snapshot -> render(snapshot, current::of, language,
                    notices.current()), () -> notices.current().version()));
        }
    }

    @GetMapping(value = "/status", produces = MediaType.TEXT_HTML_VALUE)
    void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Conditional.write(html.get(Language.of(request)).of(fleet.current()), request, response,
                "text/html;charset=UTF-8", HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.COOKIE);
    }

    static String render(FleetSnapshot snapshot, Function<String, Optional<StatusSince>> current, Language language) {
        return render(snapshot, current, language, PublicNotices.NONE);
    }

    static String render(FleetSnapshot snapshot, Function<String, Optional<StatusSince>> current, Language language,
            PublicNotices notices) {
        Language other = language == Language.FR ? Language.EN : Language.FR;
        StringBuilder page = new StringBuilder("""
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:1.5rem;color:#202124}
                h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}
                ul{list-style:none;padding:0}li{padding:.3rem 0;border-bottom:1px solid #eee}
                .dot{display:inline-block;width:.8rem;height:.8rem;border-radius:50%%;margin-right:.5rem}
                .status{font-weight:600;margin-right:.5rem}.reason{color:#5f6368}
                </style></head><body><main>
                <p><a href="?lang=%s" lang="%s" hreflang="%s">%s</a></p>
                <h1>%s</h1>
                <p id="updated">%s</p>
                <p><label><input type="checkbox" id="auto-refresh" checked> %s</label></p>
                """.formatted(language.code(), Messages.get(language, "public.pageTitle"), other.code(),
                other.code(), other.code(), other.ownName(), Messages.get(language, "public.title"),
                Messages.get(language, "public.updated", DisplayTime.dateTime(snapshot.generatedAt()), REFRESH_SECONDS),
                Messages.get(language, "public.autoRefresh")));
        PublicNoticesHtml.append(page, notices, snapshot, language);
        snapshot.byRegion().forEach((region, tenants) -> region(page, region, tenants, current, snapshot.generatedAt(),
                language, notices));
        return page.append("</main>").append(AUTO_REFRESH).append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static void region(StringBuilder page, String region, List<TenantState> tenants,
            Function<String, Optional<StatusSince>> current, Instant now, Language language, PublicNotices notices) {
        page.append("<h2>").append(escape(Regions.displayName(region))).append("</h2><ul>");
        for (TenantState tenant : tenants) {
            boolean maintenance = notices.inMaintenance(tenant.tenant().name());
            String status = maintenance ? "MAINTENANCE" : tenant.inService() ? tenant.status().name() : "GREY";
            page.append("<li data-tenant=\"").append(escape(tenant.tenant().name()))
                    .append("\" data-status=\"").append(maintenance ? status : tenant.status().name()).append("\">")
                    .append("<span class=\"dot\" style=\"background:").append(COLOURS.get(status))
                    .append("\" aria-hidden=\"true\"></span>")
                    .append("<span class=\"name\">").append(escape(tenant.tenant().displayName()))
                    .append("</span> <span class=\"status\">").append(escape(maintenance ? PublicWording.maintenance(language)
                            : PublicWording.state(tenant, language)))
                    .append("</span> <span class=\"since\">")
                    .append(escape(Messages.get(language, "public.since",
                            DisplayTime.dateTime(PublicWording.since(tenant, current, now)))))
                    .append("</span><br><span class=\"reason\">")
                    .append(escape(PublicWording.message(tenant, language))).append("</span></li>");
        }
        page.append("</ul>");
    }
}
