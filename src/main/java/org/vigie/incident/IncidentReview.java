package org.vigie.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.vigie.history.StatusHistory;
import org.vigie.history.TimelineSegment;

/**
 * The review of an incident (decision 0027): its facts, the affected tenants' colour strips, the
 * timeline, the actions and their actors, and time to detect (impact → declaration), to mitigate
 * (impact → first move to monitoring) and to resolve (impact → resolution).
 */
@Component
public class IncidentReview {

    private final IncidentTimeline timeline;
    private final StatusHistory history;
    private final Clock clock;

    IncidentReview(IncidentTimeline timeline, StatusHistory history, Clock clock) {
        this.timeline = timeline;
        this.history = history;
        this.clock = clock;
    }

    public Map<String, Object> json(Incident incident) {
        return json(incident, timeline.of(incident));
    }

    private Map<String, Object> json(Incident incident, List<TimelineEntry> entries) {
        Map<String, Object> review = IncidentDocuments.summary(incident);
        Map<String, Object> durations = new LinkedHashMap<>();
        durations.put("toDetect", iso(Duration.between(incident.impactStartedAt(), incident.declaredAt())));
        durations.put("toMitigate", mitigatedAt(entries).map(at -> iso(Duration.between(incident.impactStartedAt(), at)))
                .orElse(null));
        durations.put("toResolve", incident.resolvedAt() == null ? null
                : iso(Duration.between(incident.impactStartedAt(), incident.resolvedAt())));
        review.put("durations", durations);
        Map<String, Object> strips = new LinkedHashMap<>();
        Instant from = incident.timelineStart();
        Instant to = incident.timelineEnd(clock.instant());
        for (String tenant : incident.tenants()) {
            List<Map<String, Object>> strip = new ArrayList<>();
            for (TimelineSegment s : history.segments(tenant, from, to)) {
                strip.add(Map.of("from", s.from(), "to", s.to(), "status", s.status() == null ? "GREY" : s.status().name()));
            }
            strips.put(tenant, strip);
        }
        review.put("colourStrips", strips);
        Map<String, List<String>> actors = new TreeMap<>();
        entries.stream().filter(e -> e.kind() != TimelineEntry.Kind.TRANSITION)
                .forEach(e -> actors.computeIfAbsent(e.actor(), a -> new ArrayList<>()).add(e.text()));
        review.put("actions", entries.stream().filter(e -> e.kind() == TimelineEntry.Kind.ACTION)
                .map(IncidentDocuments::entry).toList());
        review.put("actors", actors.keySet());
        review.put("timeline", entries.stream().map(IncidentDocuments::entry).toList());
        return review;
    }

    @SuppressWarnings("unchecked")
    public String markdown(Incident incident) {
        List<TimelineEntry> entries = timeline.of(incident);
        Map<String, Object> review = json(incident, entries);
        StringBuilder md = new StringBuilder("# ").append(incident.reference()).append(" — ")
                .append(IncidentDocuments.markdownText(incident.title())).append("\n\n");
        md.append("- Severity: ").append(incident.severity()).append("\n- State: ").append(incident.state())
                .append("\n- Tenants: ").append(String.join(", ", incident.tenants()))
                .append("\n- Services: ").append(incident.services().isEmpty() ? "—" : String.join(", ", incident.services()))
                .append("\n- Summary: ").append(incident.summary() == null ? "—" : IncidentDocuments.markdownText(incident.summary()))
                .append("\n- Declared by ").append(IncidentDocuments.markdownText(incident.declaredBy())).append(" at ")
                .append(incident.declaredAt())
                .append("\n- Impact started at ").append(incident.impactStartedAt())
                .append("\n- Commander: ").append(IncidentDocuments.markdownText(incident.commander()))
                .append("\n- Resolved at: ").append(incident.resolvedAt() == null ? "not yet" : incident.resolvedAt())
                .append("\n\n## Durations\n\n");
        ((Map<String, Object>) review.get("durations")).forEach((k, v) -> md.append("- ").append(k).append(": ")
                .append(v == null ? "—" : v).append('\n'));
        md.append("\n## Colour strips\n\n");
        ((Map<String, List<Map<String, Object>>>) review.get("colourStrips")).forEach((tenant, strip) -> {
            md.append("- ").append(tenant).append(": ");
            strip.forEach(s -> md.append(s.get("status")).append(" (").append(s.get("from")).append(" → ")
                    .append(s.get("to")).append(") "));
            md.append('\n');
        });
        md.append("\n## Timeline\n\n| at | kind | actor | text | public |\n|---|---|---|---|---|\n");
        for (TimelineEntry e : entries) {
            md.append("| ").append(e.at()).append(" | ").append(e.kind().json()).append(" | ")
                    .append(IncidentDocuments.markdownText(e.actor())).append(" | ")
                    .append(IncidentDocuments.markdownText(e.text())).append(" | ").append(e.publicUpdate() ? "yes" : "")
                    .append(" |\n");
        }
        md.append("\n## Actors\n\n");
        ((java.util.Set<String>) review.get("actors")).forEach(a -> md.append("- ")
                .append(IncidentDocuments.markdownText(a)).append('\n'));
        return md.toString();
    }

    private static java.util.Optional<Instant> mitigatedAt(List<TimelineEntry> entries) {
        return entries.stream().filter(e -> e.kind() == TimelineEntry.Kind.STATE
                && (e.text().endsWith("→ " + IncidentState.MONITORING) || e.text().endsWith("→ " + IncidentState.RESOLVED)))
                .map(TimelineEntry::at).findFirst();
    }

    private static String iso(Duration duration) {
        return duration.isNegative() ? Duration.ZERO.toString() : duration.toString();
    }
}
