package org.vigie.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of an incident and its timeline, shared by the API and the review. */
public final class IncidentDocuments {

    private IncidentDocuments() {
    }

    public static Map<String, Object> summary(Incident incident) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", incident.reference());
        doc.put("title", incident.title());
        doc.put("severity", incident.severity().name());
        doc.put("state", incident.state().name().toLowerCase(java.util.Locale.ROOT));
        doc.put("tenants", incident.tenants());
        doc.put("services", incident.services());
        doc.put("summary", incident.summary());
        doc.put("declaredBy", incident.declaredBy());
        doc.put("declaredAt", incident.declaredAt());
        doc.put("impactStartedAt", incident.impactStartedAt());
        doc.put("commander", incident.commander());
        doc.put("resolvedAt", incident.resolvedAt());
        return doc;
    }

    public static Map<String, Object> withTimeline(Incident incident, List<TimelineEntry> timeline) {
        Map<String, Object> doc = summary(incident);
        doc.put("timeline", timeline.stream().map(IncidentDocuments::entry).toList());
        return doc;
    }

    static Map<String, Object> entry(TimelineEntry e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("at", e.at());
        doc.put("kind", e.kind().json());
        doc.put("actor", e.actor());
        doc.put("text", e.text());
        doc.put("public", e.publicUpdate());
        if (e.tenant() != null) {
            doc.put("tenant", e.tenant());
        }
        return doc;
    }

    /** Text inside a Markdown table cell or line: no markup, no HTML, no cell break. */
    static String markdownText(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_{}\\[\\]()#+!|<>~])", "\\\\$1");
    }
}
