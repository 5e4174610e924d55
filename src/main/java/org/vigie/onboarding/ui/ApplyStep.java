package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.ServiceState;
import org.vigie.onboarding.ui.OnboardingFlow.Outcome;
import org.vigie.onboarding.ui.OnboardingFlow.Run;
import org.vigie.onboarding.ui.OnboardingFlow.State;
import org.vigie.onboarding.ui.OnboardingFlow.Step;
import org.vigie.security.Caller;

/**
 * Step 3: the run's steps as its journal records them (applied, failed, rolled back), each Deployment's
 * ready/desired replicas from the fleet snapshot, and on failure the failing step, why, « Annuler les
 * changements » and « Reprendre ». Actions run off the UI thread; the view refreshes this step on every
 * snapshot and poll.
 */
final class ApplyStep extends VerticalLayout {

    private final OnboardingFlow flow;
    private final Caller caller;
    private final String runId;
    private final Grid<Step> steps = new Grid<>();
    private final Paragraph state = new Paragraph();
    private final Paragraph failure = new Paragraph();
    final Button rollback = new Button(inPage("onboarding.ui.apply.rollback"));
    final Button resume = new Button(inPage("onboarding.ui.apply.resume"));
    private final BringUpPanel bringUp;
    private FleetSnapshot snapshot;
    private Run run;

    ApplyStep(OnboardingFlow flow, Caller caller, Run run, Anchor tenantFile) {
        this.flow = flow;
        this.caller = caller;
        this.runId = run.id();
        this.run = run;
        setId("onb-apply-step");
        setPadding(false);
        state.setId("onb-run-state");
        failure.setId("onb-run-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        steps.setId("onb-run-steps");
        steps.addThemeVariants(GridVariant.LUMO_COMPACT);
        steps.setAllRowsVisible(true);
        steps.addColumn(Step::order).setHeader("#").setWidth("4em").setFlexGrow(0);
        steps.addColumn(Step::kind).setHeader(inPage("onboarding.ui.col.kind")).setAutoWidth(true);
        steps.addColumn(Step::name).setHeader(inPage("onboarding.ui.col.name")).setAutoWidth(true);
        steps.addColumn(s -> outcome(s.outcome())).setHeader(inPage("onboarding.ui.col.applied")).setAutoWidth(true);
        steps.addColumn(this::readiness).setHeader(inPage("onboarding.ui.col.ready")).setAutoWidth(true);
        rollback.setId("onb-rollback");
        rollback.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rollback.addClickListener(e -> inBackground(() -> flow.rollback(caller, runId)));
        resume.setId("onb-resume");
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.addClickListener(e -> inBackground(() -> flow.apply(caller, runId)));
        bringUp = new BringUpPanel(run.tenant(), tenantFile);
        add(state, steps, failure, new HorizontalLayout(rollback, resume), bringUp);
        show(run);
    }

    /** Starts the apply of the planned run, off the UI thread. */
    void apply() {
        inBackground(() -> flow.apply(caller, runId));
    }

    private void inBackground(Runnable action) {
        rollback.setEnabled(false);
        resume.setEnabled(false);
        state.setText(inPage("onboarding.ui.working"));
        Optional<UI> ui = getUI().or(() -> Optional.ofNullable(UI.getCurrent()));
        Thread.ofVirtual().name("onboarding-" + runId).start(() -> {
            String error = null;
            try {
                action.run();
            } catch (RuntimeException e) {
                error = e.getMessage();
            }
            String failed = error;
            ui.ifPresent(u -> u.access(() -> {
                refresh();
                if (failed != null) {
                    failure.setText(inPage("onboarding.ui.refused", failed));
                }
            }));
        });
    }

    /** Reads the run again from its journal and shows it with the latest snapshot. */
    void refresh() {
        flow.run(runId).ifPresent(this::show);
    }

    void show(FleetSnapshot latest) {
        snapshot = latest;
        show(run);
    }

    Run run() {
        return run;
    }

    private void show(Run current) {
        run = current;
        steps.setItems(current.steps());
        state.setText(switch (current.state()) {
            case PLANNED -> inPage("onboarding.ui.run.planned");
            case APPLYING -> inPage("onboarding.ui.run.applying");
            case READY -> inPage("onboarding.ui.run.ready");
            case FAILED -> current.failedStep().map(s -> inPage("onboarding.ui.run.failedAt", s.order(), s.kind(), s.name()))
                    .orElse(inPage("onboarding.ui.run.failed"));
            case ROLLED_BACK -> inPage("onboarding.ui.run.rolledBack");
        });
        state.getElement().setAttribute("data-state", current.state().name());
        failure.setText(current.state() == State.FAILED ? Optional.ofNullable(current.failure())
                .or(() -> current.failedStep().map(Step::detail)).orElse("") : "");
        rollback.setVisible(current.state() == State.FAILED || current.state() == State.APPLYING);
        rollback.setEnabled(current.state() == State.FAILED);
        resume.setVisible(current.state() == State.FAILED);
        resume.setEnabled(current.state() == State.FAILED);
        bringUp.setVisible(current.state() == State.READY);
        if (snapshot != null) {
            bringUp.show(snapshot);
        }
    }

    boolean settled() {
        return run.state() == State.ROLLED_BACK || run.state() == State.FAILED
                || run.state() == State.READY && snapshot != null && bringUp.green(snapshot);
    }

    private String readiness(Step step) {
        if (!"Deployment".equals(step.kind()) || snapshot == null || step.outcome() != Outcome.APPLIED
                && step.outcome() != Outcome.UNCHANGED) {
            return step.outcome() == Outcome.APPLIED || step.outcome() == Outcome.UNCHANGED ? inPage("onboarding.ui.ready.yes") : "—";
        }
        return snapshot.tenant(run.tenant()).flatMap(t -> t.service(step.name()))
                .map(ServiceState.class::cast).map(s -> s.ready() + "/" + s.desired()).orElse(inPage("onboarding.ui.ready.waiting"));
    }

    static String outcome(Outcome outcome) {
        return inPage("onboarding.ui.outcome." + outcome.name());
    }
}
