package org.vigie.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.surge.SurgeDraft;
import org.vigie.surge.SurgeExecutor;
import org.vigie.surge.SurgePlan;
import org.vigie.surge.SurgePlans;
import org.vigie.testing.Callers;
import org.vigie.testing.DemoFleet;

@SpringBootTest
@WithUserDetails("operator")
class BoardSurgeBannerIT extends SpringBrowserlessTest {

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    SurgePlans plans;

    @Autowired
    SurgeExecutor executor;

    @Test
    void the_board_names_the_surge_plans_in_effect_and_drops_the_banner_once_reverted() {
        DemoFleet.settled(fleet, "somme-colleges");
        SurgePlan plan = plans.create(Callers.operator(), new SurgeDraft("Rentrée Somme", 1.5, null,
                List.of("somme-colleges"), List.of(), Map.of(), Map.of(), null, null, null, null, false));
        BoardView board = navigate(BoardView.class);
        assertThat(board.surgeBanner.getText()).doesNotContain("Rentrée Somme");

        executor.apply(Callers.operator(), plan.id());
        awaitBanner(board, text -> assertThat(text).startsWith("Plan de charge en cours (").contains("Rentrée Somme"));

        executor.revert(Callers.operator(), plan.id());
        awaitBanner(board, text -> assertThat(text).doesNotContain("Rentrée Somme"));
        plans.delete(Callers.operator(), plan.id());
    }

    private static void awaitBanner(BoardView board, java.util.function.Consumer<String> expectation) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            expectation.accept(board.surgeBanner.isVisible() ? board.surgeBanner.getText() : "");
        });
    }
}
