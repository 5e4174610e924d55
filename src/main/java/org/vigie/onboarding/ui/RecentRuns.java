package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

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
        runs.addColumn(r -> DisplayTime.dateTime(r.startedAt())).setHeader(inPage("onboarding.ui.runs.start")).setAutoWidth(true);
        runs.addColumn(Run::tenant).setHeader(inPage("onboarding.ui.runs.tenant")).setAutoWidth(true);
        runs.addColumn(Run::actor).setHeader(inPage("onboarding.ui.runs.by")).setAutoWidth(true);
        runs.addColumn(r -> state(r)).setHeader(inPage("onboarding.ui.runs.state")).setAutoWidth(true);
        runs.addComponentColumn(r -> {
            Button button = new Button(inPage("onboarding.ui.runs.open"), e -> open.accept(r));
            button.setId("onb-run-open-" + r.id());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return button;
        }).setAutoWidth(true);
        add(new H3(inPage("onboarding.ui.runs.title")), runs);
        refresh();
    }

    void refresh() {
        runs.setItems(flow.recent());
    }

    static String state(Run run) {
        return run.state() == OnboardingFlow.State.FAILED && run.failedStep().isPresent()
                ? inPage("onboarding.ui.runs.failedAt", run.failedStep().get().order())
                : inPage("onboarding.ui.runs." + run.state().name());
    }
}
