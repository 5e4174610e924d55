package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.onboarding.ui.OnboardingFlow.Refusal;
import org.vigie.tenant.CatalogueProblem;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantDocuments;

/**
 * Step 1: the tenant's fields and the suggested sizing. « Vérifier et planifier » checks the form with
 * the tenant-file rules; a valid tenant goes on to its plan, problems stay next to their fields.
 */
final class FormStep extends VerticalLayout {

    static final String SOURCE = "formulaire";

    final TenantForm form;
    final SuggestionPanel suggestions;
    private final Collection<String> clusters;
    private final Paragraph verdict = new Paragraph();
    private final UnorderedList otherProblems = new UnorderedList();
    final TextField reason = new TextField(inPage("onboarding.ui.reason"));
    final Button plan = new Button(inPage("onboarding.ui.form.plan"));
    private boolean existing;

    FormStep(Collection<String> clusters, Consumer<Tenant> planned) {
        this.clusters = clusters;
        form = new TenantForm(clusters);
        suggestions = new SuggestionPanel(form);
        setPadding(false);
        verdict.setId("onb-form-verdict");
        otherProblems.setId("onb-form-problems");
        plan.setId("onb-plan");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.addClickListener(e -> check().ifPresent(planned));
        form.defaults();
        reason.setId("onb-reason");
        reason.setWidthFull();
        add(form, suggestions, reason, verdict, otherProblems, plan);
    }

    /** The tenant the form describes, or empty after showing every problem. */
    Optional<Tenant> check() {
        TenantDocuments.Result check = TenantDocuments.read(SOURCE, form.document());
        List<CatalogueProblem> elsewhere = form.show(check.problems());
        otherProblems.removeAll();
        elsewhere.forEach(problem -> otherProblems.add(new ListItem(problem.field().isEmpty() ? FieldMap.message(problem)
                : inPage("onboarding.ui.form.fieldProblem", problem.field(), FieldMap.message(problem)))));
        verdict.setText(check.valid() ? "" : inPage("onboarding.ui.form.toFix", check.problems().size()));
        if (check.valid() && reason.getValue().isBlank()) {
            reason.setValue(inPage(existing ? "onboarding.ui.form.reasonChange" : "onboarding.ui.form.reasonNew",
                    check.found().get().name()));
        }
        return check.found();
    }

    /** True when the form started from a catalogue tenant: its plan is a contract change. */
    boolean existing() {
        return existing;
    }

    /** Pre-flight refusals of the plan, each under the field it concerns, the others in the list. */
    void showRefusals(List<Refusal> refusals) {
        form.fields.clear();
        otherProblems.removeAll();
        for (Refusal refusal : refusals) {
            if (!form.fields.place(refusal.field(), refusal.message())) {
                otherProblems.add(new ListItem(refusal.message()));
            }
        }
        verdict.setText(inPage("onboarding.ui.form.refusedPlan", refusals.size()));
    }

    void startFrom(Tenant tenant) {
        form.fill(tenant);
        form.setExisting(true);
        existing = true;
        form.fields.clear();
        suggestions.refresh();
    }

    void loireExample() {
        LoireExample.fill(form, suggestions, clusters);
        form.fields.clear();
    }
}
