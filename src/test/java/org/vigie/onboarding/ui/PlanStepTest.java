package org.vigie.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigie.onboarding.ui.OnboardingFlow.Action;
import org.vigie.onboarding.ui.OnboardingFlow.Change;
import org.vigie.onboarding.ui.OnboardingFlow.PlanLine;
import org.vigie.onboarding.ui.OnboardingFlow.Planned;

class PlanStepTest {

    static final Planned CONTRACT_CHANGE = new Planned("7", "loire-colleges", List.of(
            new PlanLine("Namespace", "ent-loire-colleges", Action.UNCHANGED, List.of()),
            new PlanLine("ResourceQuota", "tenant-quota", Action.UPDATE,
                    List.of(new Change("spec.hard.requests.cpu", "31", "40"))),
            new PlanLine("Deployment", "visio", Action.CREATE, List.of())), List.of());

    final List<String> applied = new ArrayList<>();
    final Runnable apply = () -> applied.add("applied");

    @Test
    void the_summary_counts_what_is_created_updated_and_left_alone() {
        assertThat(PlanStep.summary("loire-colleges", CONTRACT_CHANGE))
                .isEqualTo("Plan pour loire-colleges : 1 objet(s) à créer, 1 à modifier, 1 inchangé(s).");
        Planned nothing = new Planned("8", "x", List.of(new PlanLine("Namespace", "ent-x", Action.UNCHANGED, List.of())),
                List.of());
        assertThat(PlanStep.summary("x", nothing)).endsWith("Rien ne changera dans le cluster.");
    }

    @Test
    void each_object_shows_its_action_and_each_changing_field_before_and_after() {
        PlanStep step = new PlanStep("loire-colleges", CONTRACT_CHANGE, "Avenant n° 2 : visioconférence", apply, () -> { });

        assertThat(step.objects.getListDataView().getItems().toList()).hasSize(3);
        assertThat(PlanStep.badge(Action.UPDATE).getText()).isEqualTo("modifier");
        assertThat(PlanStep.badge(Action.CREATE).getText()).isEqualTo("créer");
        assertThat(PlanStep.badge(Action.UNCHANGED).getText()).isEqualTo("inchangé");
    }

    @Test
    void the_plan_shows_the_reason_the_audit_trail_keeps_and_applies_on_click() {
        PlanStep step = new PlanStep("loire-colleges", CONTRACT_CHANGE, "Avenant n° 2 : visioconférence", apply, () -> { });

        step.apply.click();

        assertThat(step.getElement().getTextRecursively()).contains("Motif : Avenant n° 2 : visioconférence");
        assertThat(applied).containsExactly("applied");
    }

    @Test
    void an_offboarding_plan_counts_the_objects_it_deletes() {
        Planned offboarding = new Planned("9", "loire-colleges", List.of(
                new PlanLine("Namespace", "ent-loire-colleges", Action.DELETE, List.of())), List.of());

        assertThat(PlanStep.summary("loire-colleges", offboarding))
                .isEqualTo("Plan pour loire-colleges : 0 objet(s) à créer, 0 à modifier, 1 à supprimer, 0 inchangé(s).");
        assertThat(PlanStep.badge(Action.DELETE).getText()).isEqualTo("supprimer");
    }

    @Test
    void the_plan_reads_in_english_on_an_english_page() {
        UI page = new UI();
        page.setLocale(Locale.ENGLISH);
        UI.setCurrent(page);
        try {
            PlanStep step = new PlanStep("loire-colleges", CONTRACT_CHANGE, "Amendment 2: video calls", apply, () -> { });

            assertThat(PlanStep.summary("loire-colleges", CONTRACT_CHANGE))
                    .isEqualTo("Plan for loire-colleges: 1 object(s) to create, 1 to update, 1 unchanged.");
            assertThat(PlanStep.badge(Action.DELETE).getText()).isEqualTo("delete");
            assertThat(step.apply.getText()).isEqualTo("Apply");
            assertThat(step.getElement().getTextRecursively()).contains("Reason: Amendment 2: video calls");
        } finally {
            UI.setCurrent(null);
        }
    }
}
