package org.vigie.surge.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import org.vigie.platform.DisplayTime;
import org.vigie.platform.Messages;
import org.vigie.security.Caller;
import org.vigie.surge.SurgeChangeRecord;
import org.vigie.surge.SurgeExecutor;
import org.vigie.surge.SurgePlan;
import org.vigie.surge.SurgePlan.State;
import org.vigie.surge.SurgePlans;
import org.vigie.surge.SurgeRefused;
import org.vigie.surge.SurgeText;

/** The saved plans; the one selected can be applied now, reverted or deleted, with the report of each service. */
class SurgePlansList extends VerticalLayout {

    private final SurgePlans plans;
    private final SurgeExecutor executor;
    private final Caller caller;
    final Grid<SurgePlan> grid = new Grid<>();
    final Button apply = new Button(inPage("surge.ui.applyNow"));
    final Button revert = new Button(inPage("surge.ui.revert"));
    final Button delete = new Button(inPage("surge.ui.delete"));
    final Span outcome = new Span();
    final SurgePlanPanel details = new SurgePlanPanel();

    SurgePlansList(SurgePlans plans, SurgeExecutor executor, Caller caller) {
        this.plans = plans;
        this.executor = executor;
        this.caller = caller;
        setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SurgePlan::name).setHeader(inPage("surge.ui.col.name"));
        grid.addColumn(p -> inPage("surge.ui.state." + p.state().name())).setHeader(inPage("surge.ui.col.state"));
        grid.addColumn(p -> SurgeText.window(p.window(), Messages.pageLocale())).setHeader(inPage("surge.ui.col.window"))
                .setFlexGrow(3);
        grid.addColumn(p -> p.createdBy() + ", " + DisplayTime.dateTime(p.createdAt()))
                .setHeader(inPage("surge.ui.col.createdBy"));
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        apply.setId("surge-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> run(executor::apply, "surge.ui.done.applied"));
        revert.setId("surge-revert");
        revert.addClickListener(e -> run(executor::revert, "surge.ui.done.reverted"));
        delete.setId("surge-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> delete());
        outcome.setId("surge-outcome");
        add(grid, new HorizontalLayout(apply, revert, delete), outcome, details);
        refresh();
    }

    void refresh() {
        SurgePlan selected = grid.asSingleSelect().getValue();
        grid.setItems(plans.all());
        if (selected != null) {
            plans.find(selected.id()).ifPresentOrElse(grid::select, () -> select(null));
        } else {
            select(null);
        }
    }

    private void select(SurgePlan plan) {
        apply.setEnabled(plan != null && plan.state() == State.PLANNED);
        revert.setEnabled(plan != null && plan.state() == State.APPLIED);
        delete.setEnabled(plan != null && (plan.state() == State.PLANNED || plan.state() == State.REVERTED
                || plan.state() == State.EXPIRED));
        if (plan == null) {
            details.clear();
        } else {
            details.show(plan, plans.changes(plan.id()));
        }
    }

    /** Applies or reverts on a thread of its own (shed pods may take a while to leave), then shows the report. */
    private void run(BiFunction<Caller, UUID, List<SurgeChangeRecord>> action, String doneKey) {
        SurgePlan plan = grid.asSingleSelect().getValue();
        UI ui = UI.getCurrent();
        if (plan == null || ui == null) {
            return;
        }
        apply.setEnabled(false);
        revert.setEnabled(false);
        outcome.setText(inPage("surge.ui.working"));
        Locale locale = ui.getLocale();
        Thread.ofVirtual().name("surge-ui").start(() -> {
            String text;
            try {
                List<SurgeChangeRecord> changes = action.apply(caller, plan.id());
                long left = changes.stream().filter(c -> "LEFT".equals(c.revertOutcome())).count();
                long refused = changes.stream().filter(c -> c.applyOutcome() != null && !c.applied()).count();
                text = Messages.get(locale, doneKey, plan.name(), changes.size())
                        + (refused > 0 ? Messages.get(locale, "surge.ui.done.refused", refused) : "")
                        + (left > 0 ? Messages.get(locale, "surge.ui.done.left", left) : "") + ".";
            } catch (SurgeRefused e) {
                text = Messages.get(locale, "surge.ui.refused", e.getMessage());
            }
            String shown = text;
            ui.access(() -> {
                outcome.setText(shown);
                refresh();
            });
        });
    }

    private void delete() {
        SurgePlan plan = grid.asSingleSelect().getValue();
        if (plan == null) {
            return;
        }
        try {
            plans.delete(caller, plan.id());
            outcome.setText(inPage("surge.ui.deleted", plan.name()));
            grid.deselectAll();
        } catch (SurgeRefused e) {
            outcome.setText(inPage("surge.ui.refused", e.getMessage()));
        }
        refresh();
    }
}
