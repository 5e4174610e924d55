package org.vigie.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.vigie.onboarding.ui.OnboardingFlow.Action;
import org.vigie.onboarding.ui.OnboardingFlow.Change;
import org.vigie.onboarding.ui.OnboardingFlow.PlanLine;
import org.vigie.onboarding.ui.OnboardingFlow.Planned;

/**
 * Step 2: every object the chart renders for the tenant, against what the cluster holds: to create, to
 * update (each changing field, before → after) or unchanged. « Appliquer » needs a reason for the audit trail.
 */
final class PlanStep extends VerticalLayout {

    final Grid<PlanLine> objects = new Grid<>();
    final TextField reason = new TextField("Motif (consigné dans le journal d'audit)");
    final Button apply = new Button("Appliquer");
    final Button back = new Button("Modifier le formulaire");

    PlanStep(String tenant, Planned plan, Consumer<String> applied, Runnable edit) {
        setId("onb-plan-step");
        setPadding(false);
        Paragraph summary = new Paragraph(summary(tenant, plan));
        summary.setId("onb-plan-summary");
        objects.setId("onb-plan-objects");
        objects.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        objects.setAllRowsVisible(true);
        objects.addColumn(PlanLine::kind).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        objects.addColumn(PlanLine::name).setHeader("Nom").setAutoWidth(true).setFlexGrow(0);
        objects.addComponentColumn(line -> badge(line.action())).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        objects.addComponentColumn(PlanStep::changes).setHeader("Changements");
        objects.setItems(plan.objects());
        reason.setId("onb-reason");
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setValue(plan.objects().stream().allMatch(l -> l.action() == Action.CREATE)
                ? "Intégration de " + tenant : "Changement de contrat de " + tenant);
        apply.setId("onb-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        apply.addClickListener(e -> applied.accept(reason.getValue()));
        reason.addValueChangeListener(e -> apply.setEnabled(!e.getValue().isBlank()));
        back.setId("onb-back");
        back.addClickListener(e -> edit.run());
        add(summary, objects, reason, new HorizontalLayout(back, apply));
    }

    static String summary(String tenant, Planned plan) {
        long create = plan.objects().stream().filter(l -> l.action() == Action.CREATE).count();
        long update = plan.objects().stream().filter(l -> l.action() == Action.UPDATE).count();
        long same = plan.objects().size() - create - update;
        return "Plan pour " + tenant + " : " + create + " objet(s) à créer, " + update + " à modifier, " + same
                + " inchangé(s)." + (create + update == 0 ? " Rien ne changera dans le cluster." : "");
    }

    static Span badge(Action action) {
        Span badge = new Span(switch (action) {
            case CREATE -> "créer";
            case UPDATE -> "modifier";
            case UNCHANGED -> "inchangé";
        });
        badge.getElement().getThemeList().add(switch (action) {
            case CREATE -> "badge success";
            case UPDATE -> "badge";
            case UNCHANGED -> "badge contrast";
        });
        badge.getElement().setAttribute("data-action", action.name());
        return badge;
    }

    private static Div changes(PlanLine line) {
        Div list = new Div();
        for (Change change : line.changes()) {
            list.add(new Div(change.field() + " : " + shown(change.before()) + " → " + shown(change.after())));
        }
        return list;
    }

    private static String shown(String value) {
        return value == null ? "(absent)" : value;
    }
}
