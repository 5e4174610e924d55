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
import org.vigie.onboarding.ui.OnboardingFlow.Action;
import org.vigie.onboarding.ui.OnboardingFlow.Change;
import org.vigie.onboarding.ui.OnboardingFlow.PlanLine;
import org.vigie.onboarding.ui.OnboardingFlow.Planned;

/**
 * Step 2: every object the chart renders for the tenant, against what the cluster holds: to create, to
 * update (each changing field, before → after), to delete or unchanged, and the reason the audit trail keeps.
 */
final class PlanStep extends VerticalLayout {

    final Grid<PlanLine> objects = new Grid<>();
    final Button apply = new Button("Appliquer");
    final Button back = new Button("Modifier le formulaire");

    PlanStep(String tenant, Planned plan, String reason, Runnable applied, Runnable edit) {
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
        Paragraph motive = new Paragraph("Motif : " + reason);
        motive.setId("onb-plan-reason");
        apply.setId("onb-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        apply.addClickListener(e -> applied.run());
        back.setId("onb-back");
        back.addClickListener(e -> edit.run());
        add(summary, objects, motive, new HorizontalLayout(back, apply));
    }

    static String summary(String tenant, Planned plan) {
        long create = count(plan, Action.CREATE);
        long update = count(plan, Action.UPDATE);
        long delete = count(plan, Action.DELETE);
        long same = count(plan, Action.UNCHANGED);
        return "Plan pour " + tenant + " : " + create + " objet(s) à créer, " + update + " à modifier, "
                + (delete == 0 ? "" : delete + " à supprimer, ") + same + " inchangé(s)."
                + (create + update + delete == 0 ? " Rien ne changera dans le cluster." : "");
    }

    private static long count(Planned plan, Action action) {
        return plan.objects().stream().filter(l -> l.action() == action).count();
    }

    static Span badge(Action action) {
        Span badge = new Span(switch (action) {
            case CREATE -> "créer";
            case UPDATE -> "modifier";
            case UNCHANGED -> "inchangé";
            case DELETE -> "supprimer";
        });
        badge.getElement().getThemeList().add(switch (action) {
            case CREATE -> "badge success";
            case UPDATE -> "badge";
            case UNCHANGED -> "badge contrast";
            case DELETE -> "badge error";
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
