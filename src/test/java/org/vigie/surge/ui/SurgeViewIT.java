package org.vigie.surge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.surge.SurgePlan;
import org.vigie.testing.DemoFleet;

@org.springframework.boot.test.context.SpringBootTest
@WithUserDetails("operator")
class SurgeViewIT extends SpringBrowserlessTest {

    @Autowired
    FleetSnapshotPublisher fleet;

    void awaitOutcome(SurgeView view, String start) {
        await().pollInSameThread().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(view.saved.outcome.getText()).startsWith(start);
        });
    }

    @Test
    void a_plan_is_computed_shown_saved_applied_and_reverted_in_french() {
        DemoFleet.settled(fleet, "gironde-colleges");
        SurgeView view = navigate(SurgeView.class);
        test(view.compute).click();
        assertThat(view.message.getText()).startsWith("Refusé : field 'name'");

        test(view.name).setValue("Fermeture Gironde");
        test(view.preset).selectItem("fermeture ×3");
        test(view.tenants).selectItem("gironde-colleges");
        test(view.compute).click();

        assertThat(view.message.getText()).isEqualTo("Plan calculé : vérifiez-le, puis enregistrez-le.");
        assertThat(test(view.computed.services).size()).isPositive();
        assertThat(test(view.computed.calendar).size()).isEqualTo(14);
        assertThat(test(view.computed.calendar).getCellText(0, 1)).startsWith("00:00 – 24:00");

        test(view.save).click();
        assertThat(view.message.getText()).isEqualTo("Plan « Fermeture Gironde » enregistré : appliquez-le quand vous le voulez.");
        SurgePlan plan = test(view.saved.grid).size() > 0 ? view.saved.grid.getListDataView().getItems()
                .filter(p -> p.name().equals("Fermeture Gironde")).findFirst().orElseThrow() : null;
        view.saved.grid.select(plan);
        test(view.saved.apply).click();
        awaitOutcome(view, "Plan « Fermeture Gironde » appliqué");

        test(view.saved.revert).click();
        awaitOutcome(view, "Plan « Fermeture Gironde » revenu en arrière");
        test(view.saved.delete).click();
        assertThat(view.saved.outcome.getText()).isEqualTo("Plan « Fermeture Gironde » supprimé.");
    }

    @Test
    void a_plan_is_computed_saved_applied_and_reverted_in_english_once_english_is_chosen() {
        DemoFleet.settled(fleet, "gironde-colleges");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        SurgeView view = navigate(SurgeView.class);
        assertThat(view.getPageTitle()).isEqualTo("Surge plans — Vigie");
        assertThat(view.compute.getText()).isEqualTo("Compute");
        test(view.compute).click();
        assertThat(view.message.getText()).startsWith("Refused: field 'name'");

        test(view.name).setValue("Closure Gironde");
        test(view.preset).selectItem("closure ×3");
        test(view.tenants).selectItem("gironde-colleges");
        test(view.compute).click();

        assertThat(view.message.getText()).isEqualTo("Plan computed: check it, then save it.");
        assertThat(view.computed.summary.getText()).startsWith("“Closure Gironde” until reverted by hand — ");
        assertThat(test(view.computed.calendar).getCellText(0, 0))
                .matches("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \\d{1,2} [A-Z][a-z]+");
        assertThat(test(view.computed.services).getCellText(0, 2)).isIn("critical", "essential", "deferrable");
        assertThat(view.computed.tenants.getElement().getTextRecursively()).contains("replicas needed; quota");

        test(view.save).click();
        assertThat(view.message.getText()).isEqualTo("Plan “Closure Gironde” saved: apply it whenever you want.");
        List<SurgePlan> saved = view.saved.grid.getListDataView().getItems().toList();
        int row = saved.indexOf(saved.stream().filter(p -> p.name().equals("Closure Gironde")).findFirst().orElseThrow());
        assertThat(test(view.saved.grid).getCellText(row, 1)).isEqualTo("planned");
        view.saved.grid.select(saved.get(row));
        test(view.saved.apply).click();
        awaitOutcome(view, "Plan “Closure Gironde” applied: ");
        assertThat(test(view.saved.details.report).getCellText(0, 2)).isEqualTo("Done");

        test(view.saved.revert).click();
        awaitOutcome(view, "Plan “Closure Gironde” reverted: ");
        assertThat(test(view.saved.details.report).getCellText(0, 3)).matches(".+ back to \\d+");
        test(view.saved.delete).click();
        assertThat(view.saved.outcome.getText()).isEqualTo("Plan “Closure Gironde” deleted.");
    }
}
