package org.vigie.surge.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigie.health.Quantities;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.platform.DisplayTime;
import org.vigie.platform.Messages;
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
        services.addColumn(ServiceChange::tenant).setHeader(inPage("surge.ui.col.tenant"));
        services.addColumn(ServiceChange::service).setHeader(inPage("surge.ui.col.service"));
        services.addColumn(c -> inPage("priority." + c.priority().name())).setHeader(inPage("surge.ui.col.priority"));
        services.addColumn(c -> c.autoscaled() ? inPage("surge.ui.todayPlanned.hpa", c.today(), c.planned())
                : c.today() + " → " + c.planned()).setHeader(inPage("surge.ui.col.todayPlanned"));
        services.addColumn(SurgePlanPanel::effect).setHeader(inPage("surge.ui.col.effect")).setFlexGrow(3);
        calendar.addThemeVariants(GridVariant.LUMO_COMPACT);
        calendar.setAllRowsVisible(true);
        calendar.addColumn(d -> DisplayTime.weekday(d.date(), Messages.pageLocale())).setHeader(inPage("surge.ui.col.day"));
        calendar.addColumn(SurgePlanPanel::day).setHeader(inPage("surge.ui.col.activePlan")).setFlexGrow(3);
        report.addThemeVariants(GridVariant.LUMO_COMPACT);
        report.setAllRowsVisible(true);
        report.addColumn(c -> c.tenant() + "/" + c.service()).setHeader(inPage("surge.ui.col.service"));
        report.addColumn(c -> (c.before() == null ? "?" : c.before()) + " → " + c.planned())
                .setHeader(inPage("surge.ui.col.beforePlan"));
        report.addColumn(SurgePlanPanel::applied).setHeader(inPage("surge.ui.col.apply")).setFlexGrow(3);
        report.addColumn(SurgePlanPanel::reverted).setHeader(inPage("surge.ui.col.revert")).setFlexGrow(3);
        setVisible(false);
        add(summary, services, tenants, calendar, report);
    }

    void clear() {
        setVisible(false);
    }

    void show(SurgePlan plan, List<SurgeChangeRecord> changes) {
        setVisible(true);
        summary.setText(inPage("surge.ui.summary", plan.name(), SurgeText.window(plan.window(), Messages.pageLocale()),
                plan.changes().size()));
        services.setItems(plan.computed().stream().flatMap(t -> t.services().stream()).toList());
        tenants.removeAll();
        for (TenantSurge t : plan.computed()) {
            String quota = t.quota().stream().map(q -> resource(q.resource()) + " "
                    + Quantities.format(q.resource(), q.usedNow()) + " → " + Quantities.format(q.resource(), q.usedAfter())
                    + " / " + Quantities.format(q.resource(), q.limit())).collect(Collectors.joining(", "));
            List<String> unfit = doesNotFit(t);
            tenants.add(new Div(unfit.isEmpty()
                    ? inPage("surge.ui.tenant", t.tenant(), t.multiplier(), t.sessions(), t.replicasNeeded(), quota)
                    : inPage("surge.ui.tenant.short", t.tenant(), t.multiplier(), t.sessions(), t.replicasNeeded(), quota,
                            String.join(inPage("surge.ui.separator"), unfit))));
        }
        calendar.setItems(SurgeCalendar.preview(plan.window(), Instant.now()));
        report.setItems(changes);
        report.setVisible(!changes.isEmpty() && changes.stream().anyMatch(c -> c.applyOutcome() != null));
    }

    /** What does not fit, as the plan computed it: services short of what they need, then quota overruns. */
    private static List<String> doesNotFit(TenantSurge t) {
        List<String> lines = new ArrayList<>();
        t.services().stream().filter(ServiceChange::shortOfWanted)
                .forEach(c -> lines.add(inPage("surge.ui.shortOf", c.service(), c.wanted(), c.planned())));
        t.quota().stream().filter(q -> q.limit() != null && q.usedAfter().compareTo(q.limit()) > 0)
                .forEach(q -> lines.add(inPage("surge.ui.overrun", resource(q.resource()),
                        Quantities.format(q.resource(), q.usedAfter().subtract(q.limit())),
                        Quantities.format(q.resource(), q.usedAfter()), Quantities.format(q.resource(), q.limit()))));
        return lines;
    }

    static String effect(ServiceChange c) {
        return switch (c.kind()) {
            case SHED -> inPage("surge.ui.effect.shed", freed(c));
            case RAISE -> c.shortOfWanted() ? inPage("surge.ui.effect.partialRaise", c.wanted()) : inPage("surge.ui.effect.raise");
            case KEEP -> c.shortOfWanted() ? inPage("surge.ui.effect.keepShort", c.wanted()) : inPage("surge.ui.effect.keep");
        };
    }

    private static String freed(ServiceChange c) {
        return c.frees().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Quantities.format(e.getKey(), e.getValue()) + " " + resource(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    static String resource(Resource resource) {
        return inPage("surge.ui.resource." + resource.name());
    }

    /** The apply outcome in words; a refusal keeps the scaling's own detail after its translated kind. */
    private static String applied(SurgeChangeRecord c) {
        if (c.applyOutcome() == null) {
            return "";
        }
        return c.applied() ? inPage("scale.refused.SCALED") : inPage("surge.ui.outcomeDetail",
                inPage("scale.refused." + c.applyOutcome()), c.applyMessage());
    }

    /**
     * A service brought back is worded here; one left alone (changed by hand during the plan) keeps the
     * sentence recorded then; a refusal keeps the scaling's detail after its translated kind.
     */
    private static String reverted(SurgeChangeRecord c) {
        if (c.revertOutcome() == null) {
            return "";
        }
        if ("REVERTED".equals(c.revertOutcome()) && c.before() != null) {
            return inPage("surge.ui.reverted", c.service(), c.before());
        }
        return "LEFT".equals(c.revertOutcome()) ? c.revertMessage()
                : inPage("surge.ui.outcomeDetail", inPage("scale.refused." + c.revertOutcome()), c.revertMessage());
    }

    static String day(SurgeCalendar.Day d) {
        if (!d.active()) {
            return "—";
        }
        String to = d.to() == null ? "24:00" : d.to().toString();
        String offsets = d.fromOffset().equals(d.toOffset()) ? "UTC" + d.fromOffset()
                : inPage("surge.ui.offsets", d.fromOffset().toString(), d.toOffset().toString());
        return inPage("surge.ui.dayActive", d.from().toString(), to, offsets, d.activeMinutes() / 60, d.activeMinutes() % 60);
    }
}
