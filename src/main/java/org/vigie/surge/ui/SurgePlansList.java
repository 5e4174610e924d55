package org.vigie.surge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.BiFunction;
import org.vigie.platform.DisplayTime;
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

    static final Map<State, String> STATES = Map.of(State.PLANNED, "prévu", State.APPLYING, "application en cours",
            State.APPLIED, "appliqué", State.REVERTING, "retour en cours", State.REVERTED, "revenu",
            State.EXPIRED, "expiré sans avoir été appliqué");

    private final SurgePlans plans;
    private final SurgeExecutor executor;
    private final Caller caller;
    final Grid<SurgePlan> grid = new Grid<>();
    final Button apply = new Button("Appliquer maintenant");
    final Button revert = new Button("Revenir en arrière");
    final Button delete = new Button("Supprimer");
    final Span outcome = new Span();
    final SurgePlanPanel details = new SurgePlanPanel();

    SurgePlansList(SurgePlans plans, SurgeExecutor executor, Caller caller) {
        this.plans = plans;
        this.executor = executor;
        this.caller = caller;
        setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SurgePlan::name).setHeader("Nom");
        grid.addColumn(p -> STATES.get(p.state())).setHeader("État");
        grid.addColumn(p -> SurgeText.window(p.window())).setHeader("Fenêtre").setFlexGrow(3);
        grid.addColumn(p -> p.createdBy() + ", " + DisplayTime.dateTime(p.createdAt())).setHeader("Créé par");
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        apply.setId("surge-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> run(executor::apply, "appliqué"));
        revert.setId("surge-revert");
        revert.addClickListener(e -> run(executor::revert, "revenu en arrière"));
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
    private void run(BiFunction<Caller, java.util.UUID, java.util.List<SurgeChangeRecord>> action, String done) {
        SurgePlan plan = grid.asSingleSelect().getValue();
        UI ui = UI.getCurrent();
        if (plan == null || ui == null) {
            return;
        }
        apply.setEnabled(false);
        revert.setEnabled(false);
        outcome.setText("En cours…");
        Thread.ofVirtual().name("surge-ui").start(() -> {
            String text;
            try {
                java.util.List<SurgeChangeRecord> changes = action.apply(caller, plan.id());
                long left = changes.stream().filter(c -> "LEFT".equals(c.revertOutcome())).count();
                long refused = changes.stream().filter(c -> c.applyOutcome() != null && !c.applied()).count();
                text = "Plan « " + plan.name() + " » " + done + " : " + changes.size() + " service(s)"
                        + (refused > 0 ? ", " + refused + " refusé(s) à l'application" : "")
                        + (left > 0 ? ", " + left + " laissé(s) car modifié(s) à la main" : "") + ".";
            } catch (SurgeRefused e) {
                text = "Refusé : " + e.getMessage();
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
            outcome.setText("Plan « " + plan.name() + " » supprimé.");
            grid.deselectAll();
        } catch (SurgeRefused e) {
            outcome.setText("Refusé : " + e.getMessage());
        }
        refresh();
    }
}
