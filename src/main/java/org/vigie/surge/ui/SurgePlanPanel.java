package org.vigie.surge.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.vigie.health.Quantities;
import org.vigie.surge.ServiceChange;
import org.vigie.surge.SurgeCalendar;
import org.vigie.surge.SurgeChangeRecord;
import org.vigie.surge.SurgePlan;
import org.vigie.surge.SurgeText;
import org.vigie.surge.TenantSurge;

/** One plan as computed: per service today → planned, the sheds and what they free, quota after, the 14 days ahead. */
class SurgePlanPanel extends VerticalLayout {

    final Span summary = new Span();
    final Grid<ServiceChange> services = new Grid<>();
    final Div tenants = new Div();
    final Grid<SurgeCalendar.Day> calendar = new Grid<>();
    final Grid<SurgeChangeRecord> report = new Grid<>();

    SurgePlanPanel() {
        setPadding(false);
        services.addThemeVariants(GridVariant.LUMO_COMPACT);
        services.setAllRowsVisible(true);
        services.addColumn(ServiceChange::tenant).setHeader("Tenant");
        services.addColumn(ServiceChange::service).setHeader("Service");
        services.addColumn(c -> c.priority().name().toLowerCase()).setHeader("Priorité");
        services.addColumn(c -> c.today() + " → " + c.planned() + (c.autoscaled() ? " (minimum du HPA)" : ""))
                .setHeader("Aujourd'hui → prévu");
        services.addColumn(SurgePlanPanel::effect).setHeader("Effet").setFlexGrow(3);
        calendar.addThemeVariants(GridVariant.LUMO_COMPACT);
        calendar.setAllRowsVisible(true);
        calendar.addColumn(d -> d.date().format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM",
                java.util.Locale.FRENCH))).setHeader("Jour");
        calendar.addColumn(SurgePlanPanel::day).setHeader("Plan actif").setFlexGrow(3);
        report.addThemeVariants(GridVariant.LUMO_COMPACT);
        report.setAllRowsVisible(true);
        report.addColumn(c -> c.tenant() + "/" + c.service()).setHeader("Service");
        report.addColumn(c -> (c.before() == null ? "?" : c.before()) + " → " + c.planned()).setHeader("Avant → plan");
        report.addColumn(c -> c.applyOutcome() == null ? "" : c.applyOutcome() + " — " + c.applyMessage())
                .setHeader("Application").setFlexGrow(3);
        report.addColumn(c -> c.revertMessage() == null ? "" : c.revertMessage()).setHeader("Retour").setFlexGrow(3);
        setVisible(false);
        add(summary, services, tenants, calendar, report);
    }

    void clear() {
        setVisible(false);
    }

    void show(SurgePlan plan, List<SurgeChangeRecord> changes) {
        setVisible(true);
        summary.setText("« " + plan.name() + " » " + SurgeText.window(plan.window()) + " — "
                + plan.changes().size() + " service(s) changé(s)");
        services.setItems(plan.computed().stream().flatMap(t -> t.services().stream()).toList());
        tenants.removeAll();
        for (TenantSurge t : plan.computed()) {
            String quota = t.quota().stream().map(q -> q.resource().name().toLowerCase() + " "
                    + Quantities.format(q.resource(), q.usedNow()) + " → " + Quantities.format(q.resource(), q.usedAfter())
                    + " / " + Quantities.format(q.resource(), q.limit())).collect(Collectors.joining(", "));
            tenants.add(new Div(t.tenant() + " : ×" + t.multiplier() + ", " + t.sessions() + " sessions, "
                    + t.replicasNeeded() + " répliques nécessaires ; quota " + quota
                    + (t.doesNotFit().isEmpty() ? "" : " ; ne tient pas : " + String.join(" ; ", t.doesNotFit()))));
        }
        calendar.setItems(SurgeCalendar.preview(plan.window(), Instant.now()));
        report.setItems(changes);
        report.setVisible(!changes.isEmpty() && changes.stream().anyMatch(c -> c.applyOutcome() != null));
    }

    static String effect(ServiceChange c) {
        return switch (c.kind()) {
            case SHED -> "délesté : libère " + freed(c);
            case RAISE -> c.shortOfWanted() ? "hausse partielle (" + c.wanted() + " nécessaires)" : "hausse";
            case KEEP -> c.shortOfWanted() ? "inchangé : " + c.wanted() + " nécessaires, ne tient pas" : "inchangé";
        };
    }

    private static String freed(ServiceChange c) {
        return c.frees().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> Quantities.format(e.getKey(), e.getValue()) + " " + e.getKey().name().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    static String day(SurgeCalendar.Day d) {
        if (!d.active()) {
            return "—";
        }
        String to = d.to() == null ? "24:00" : d.to().toString();
        String offsets = d.fromOffset().equals(d.toOffset()) ? "UTC" + d.fromOffset()
                : "UTC" + d.fromOffset() + " puis UTC" + d.toOffset() + " (changement d'heure)";
        return d.from() + " – " + to + " (" + offsets + ", " + d.activeMinutes() / 60 + " h " + d.activeMinutes() % 60
                + " min)";
    }
}
