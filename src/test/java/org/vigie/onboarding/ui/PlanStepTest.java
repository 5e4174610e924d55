package org.vigie.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.onboarding.ui.OnboardingFlow.Action;
import org.vigie.onboarding.ui.OnboardingFlow.Change;
import org.vigie.onboarding.ui.OnboardingFlow.PlanLine;
import org.vigie.onboarding.ui.OnboardingFlow.Planned;

class PlanStepTest {

    static final Planned CONTRACT_CHANGE = new Planned("7", List.of(
            new PlanLine("Namespace", "ent-loire-colleges", Action.UNCHANGED, List.of()),
            new PlanLine("ResourceQuota", "tenant-quota", Action.UPDATE,
                    List.of(new Change("spec.hard.requests.cpu", "31", "40"))),
            new PlanLine("Deployment", "visio", Action.CREATE, List.of())), List.of());

    final List<String> applied = new ArrayList<>();

    @Test
    void the_summary_counts_what_is_created_updated_and_left_alone() {
        assertThat(PlanStep.summary("loire-colleges", CONTRACT_CHANGE))
                .isEqualTo("Plan pour loire-colleges : 1 objet(s) à créer, 1 à modifier, 1 inchangé(s).");
        Planned nothing = new Planned("8", List.of(new PlanLine("Namespace", "ent-x", Action.UNCHANGED, List.of())),
                List.of());
        assertThat(PlanStep.summary("x", nothing)).endsWith("Rien ne changera dans le cluster.");
    }

    @Test
    void each_object_shows_its_action_and_each_changing_field_before_and_after() {
        PlanStep step = new PlanStep("loire-colleges", CONTRACT_CHANGE, applied::add, () -> { });

        assertThat(step.objects.getListDataView().getItems().toList()).hasSize(3);
        assertThat(PlanStep.badge(Action.UPDATE).getText()).isEqualTo("modifier");
        assertThat(PlanStep.badge(Action.CREATE).getText()).isEqualTo("créer");
        assertThat(PlanStep.badge(Action.UNCHANGED).getText()).isEqualTo("inchangé");
    }

    @Test
    void applying_needs_a_reason_which_goes_to_the_audit_trail() {
        PlanStep step = new PlanStep("loire-colleges", CONTRACT_CHANGE, applied::add, () -> { });
        assertThat(step.reason.getValue()).isEqualTo("Changement de contrat de loire-colleges");

        step.reason.setValue(" ");
        assertThat(step.apply.isEnabled()).isFalse();
        step.reason.setValue("Avenant n° 2 : visioconférence");
        step.apply.click();

        assertThat(applied).containsExactly("Avenant n° 2 : visioconférence");
    }
}
