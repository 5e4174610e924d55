package org.vigie.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.vigie.onboarding.ui.OnboardingFlow.Run;
import org.vigie.platform.DisplayTime;

/**
 * The latest runs from the engine's journal, so that a run a restart left half-way can be opened, then
 * resumed or rolled back.
 */
final class RecentRuns extends VerticalLayout {

    private final OnboardingFlow flow;
    final Grid<Run> runs = new Grid<>();

    RecentRuns(OnboardingFlow flow, Consumer<Run> open) {
        this.flow = flow;
        setPadding(false);
        runs.setId("onb-runs");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT);
        runs.setAllRowsVisible(true);
        runs.addColumn(r -> DisplayTime.dateTime(r.startedAt())).setHeader("Début (Paris)").setAutoWidth(true);
        runs.addColumn(Run::tenant).setHeader("Locataire").setAutoWidth(true);
        runs.addColumn(Run::actor).setHeader("Par").setAutoWidth(true);
        runs.addColumn(r -> state(r)).setHeader("État").setAutoWidth(true);
        runs.addComponentColumn(r -> {
            Button button = new Button("Ouvrir", e -> open.accept(r));
            button.setId("onb-run-open-" + r.id());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return button;
        }).setAutoWidth(true);
        add(new H3("Exécutions récentes"), runs);
        refresh();
    }

    void refresh() {
        runs.setItems(flow.recent());
    }

    static String state(Run run) {
        return switch (run.state()) {
            case PLANNED -> "planifiée";
            case APPLYING -> "en cours (ou interrompue)";
            case READY -> "appliquée";
            case FAILED -> run.failedStep().map(s -> "échec à l'étape " + s.order()).orElse("échec");
            case ROLLED_BACK -> "annulée";
        };
    }
}
