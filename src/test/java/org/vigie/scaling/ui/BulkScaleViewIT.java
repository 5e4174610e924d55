package org.vigie.scaling.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@org.springframework.boot.test.context.SpringBootTest
@WithUserDetails("operator")
class BulkScaleViewIT extends SpringBrowserlessTest {

    @Test
    void a_bulk_change_is_previewed_then_run_with_a_report() {
        BulkScaleView view = navigate(BulkScaleView.class);
        test(view.region).selectItem(org.vigie.tenant.Regions.displayName("nouvelle-aquitaine"));
        test(view.service).selectItem("chat");
        test(view.target).setValue(1);
        view.preview();
        int selected = test(view.items).size();
        assertThat(selected).isPositive();
        assertThat(view.report.getText()).isEqualTo(selected + " service(s) sélectionné(s).");

        test(view.run).click();
        assertThat(view.report.getText()).isEqualTo("Un motif est obligatoire : il est enregistré pour chaque élément.");

        test(view.reason).setValue("chat is deferrable: one replica is enough tonight");
        test(view.run).click();
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(view.report.getText()).endsWith("refusé(s) ou en échec (voir chaque ligne).");
        });
        assertThat(view.report.getText()).startsWith(selected + " réussi(s), 0 refusé(s)");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
    }

    @Test
    void what_runs_is_what_the_form_shows_and_a_target_above_the_maximum_is_shown_refused_in_the_preview() {
        BulkScaleView view = navigate(BulkScaleView.class);
        test(view.region).selectItem(org.vigie.tenant.Regions.displayName("auvergne-rhone-alpes"));
        test(view.service).selectItem("binder");
        test(view.target).setValue(3);
        view.preview();
        assertThat(test(view.items).size()).isPositive();

        test(view.target).setValue(4);

        assertThat(test(view.items).size()).isPositive();
        for (int row = 0; row < test(view.items).size(); row++) {
            assertThat(test(view.items).getCellText(row, 2)).endsWith("→ 4");
        }

        test(view.target).setValue(500);

        for (int row = 0; row < test(view.items).size(); row++) {
            assertThat(test(view.items).getCellText(row, 3)).startsWith("✘ sera refusé : binder : 500 réplicas dépasse le maximum de");
        }
    }
}
