package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

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
    final Button apply = new Button(inPage("onboarding.ui.plan.apply"));
    final Button back = new Button(inPage("onboarding.ui.plan.back"));

    PlanStep(String tenant, Planned plan, String reason, Runnable applied, Runnable edit) {
        setId("onb-plan-step");
        setPadding(false);
        Paragraph summary = new Paragraph(summary(tenant, plan));
        summary.setId("onb-plan-summary");
        objects.setId("onb-plan-objects");
        objects.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        objects.setAllRowsVisible(true);
        objects.addColumn(PlanLine::kind).setHeader(inPage("onboarding.ui.col.kind")).setAutoWidth(true).setFlexGrow(0);
        objects.addColumn(PlanLine::name).setHeader(inPage("onboarding.ui.col.name")).setAutoWidth(true).setFlexGrow(0);
        objects.addComponentColumn(line -> badge(line.action())).setHeader(inPage("onboarding.ui.col.action")).setAutoWidth(true).setFlexGrow(0);
        objects.addComponentColumn(PlanStep::changes).setHeader(inPage("onboarding.ui.col.changes"));
        objects.setItems(plan.objects());
        Paragraph motive = new Paragraph(inPage("onboarding.ui.plan.reason", reason));
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
        String counts = delete == 0 ? inPage("onboarding.ui.plan.summary", tenant, create, update, same)
                : inPage("onboarding.ui.plan.summaryDeleting", tenant, create, update, delete, same);
        return create + update + delete == 0 ? counts + " " + inPage("onboarding.ui.plan.nothing") : counts;
    }

    private static long count(Planned plan, Action action) {
        return plan.objects().stream().filter(l -> l.action() == action).count();
    }

    static Span badge(Action action) {
        Span badge = new Span(inPage("onboarding.ui.action." + action.name()));
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
            list.add(new Div(inPage("onboarding.ui.plan.change", change.field(), shown(change.before()),
                    shown(change.after()))));
        }
        return list;
    }

    private static String shown(String value) {
        return value == null ? inPage("onboarding.ui.plan.absent") : value;
    }
}
