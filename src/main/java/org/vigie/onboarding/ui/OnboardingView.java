package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.platform.ConsoleMode;
import org.vigie.platform.PageUpdates;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Bringing a County or a Region onto a cluster in one flow: the form, the plan of what will change, then
 * the audited apply with its progress live. A contract change, a suspension or an offboarding starts
 * from an existing tenant; recent runs below can be resumed or rolled back after a restart.
 */
@Menu(title = "menu.onboarding", order = 35)
@Route("onboarding")
@RolesAllowed("ACCOUNT_MANAGER")
class OnboardingView extends VerticalLayout implements HasDynamicTitle {

    private final TenantCatalogue catalogue;
    private final OnboardingFlow flow;
    private final FleetSnapshotPublisher fleet;
    private final Caller caller;
    private final List<String> clusters;
    private final TenantActions actions;
    private final RecentRuns runs;
    private final Span stepper = new Span();
    private final Div step = new Div();
    private final Paragraph message = new Paragraph();
    FormStep formStep;
    PlanStep planStep;
    ApplyStep applyStep;
    private Runnable unsubscribe;

    OnboardingView(TenantCatalogue catalogue, ClusterConnections connections, ConsoleMode mode,
            ObjectProvider<OnboardingFlow> engine, FleetSnapshotPublisher fleet, CurrentCaller currentCaller) {
        this.catalogue = catalogue;
        this.flow = engine.getIfAvailable(EngineMissing::new);
        this.fleet = fleet;
        this.caller = currentCaller.get();
        this.clusters = connections.names().stream().sorted().toList();
        setId("onboarding");
        stepper.setId("onb-stepper");
        message.setId("onb-message");
        step.setWidthFull();
        actions = new TenantActions(flow, caller, this::showPlan);
        runs = new RecentRuns(flow, run -> flow.run(run.id()).ifPresent(this::showRun));
        add(new H2(inPage("onboarding.ui.title")), toolbar(mode.isDemo()), actions, message, stepper, step, runs);
        if (flow instanceof EngineMissing) {
            message.setText(EngineMissing.text());
            runs.setVisible(false);
        }
        showForm(new FormStep(clusters, this::plan));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = fleet.subscribe(PageUpdates.newest(ui, snapshot -> {
            if (applyStep != null) {
                applyStep.show(snapshot);
            }
        }));
        ui.addPollListener(e -> poll());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    /** While a run is shown and not settled, its journal is read again every second. */
    void poll() {
        if (applyStep != null) {
            applyStep.refresh();
            applyStep.show(fleet.current());
            if (applyStep.settled()) {
                getUI().ifPresent(ui -> ui.setPollInterval(-1));
                runs.refresh();
            }
        }
    }


    @Override
    public String getPageTitle() {
        return inPage("menu.onboarding") + " — Vigie";
    }

    private HorizontalLayout toolbar(boolean demo) {
        ComboBox<String> existing = new ComboBox<>(inPage("onboarding.ui.existing"));
        existing.setId("onb-existing");
        existing.setItems(catalogue.names());
        existing.setWidth("24em");
        existing.addValueChangeListener(e -> {
            actions.show(e.getValue() == null ? null : catalogue.find(e.getValue()).orElse(null));
            if (e.getValue() != null) {
                catalogue.find(e.getValue()).ifPresent(this::startFrom);
            }
        });
        Button blank = new Button(inPage("onboarding.ui.new"), e -> {
            existing.clear();
            showForm(new FormStep(clusters, this::plan));
        });
        blank.setId("onb-new");
        HorizontalLayout bar = new HorizontalLayout(existing, blank);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (demo) {
            Button loire = new Button(inPage("onboarding.ui.loire"), e -> {
                existing.clear();
                FormStep form = new FormStep(clusters, this::plan);
                form.loireExample();
                showForm(form);
            });
            loire.setId("onb-example-loire");
            loire.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            bar.add(loire);
        }
        return bar;
    }

    private void startFrom(Tenant tenant) {
        FormStep form = new FormStep(clusters, this::plan);
        form.startFrom(tenant);
        showForm(form);
    }

    private void showForm(FormStep form) {
        formStep = form;
        planStep = null;
        applyStep = null;
        show(inPage("onboarding.ui.step.form"), form);
    }

    private void show(String stage, com.vaadin.flow.component.Component content) {
        stepper.setText(stage);
        step.removeAll();
        step.add(content);
    }

    private void plan(Tenant tenant) {
        showPlan(flow.plan(caller, formStep.form.document(), formStep.existing(), formStep.reason.getValue()));
    }

    private void showPlan(OnboardingFlow.Planned plan) {
        if (plan.refused()) {
            formStep.showRefusals(plan.refusals());
            show(inPage("onboarding.ui.step.form"), formStep);
            return;
        }
        String reason = flow.run(plan.runId()).map(OnboardingFlow.Run::reason).orElse("");
        planStep = new PlanStep(plan.tenant(), plan, reason, () -> apply(plan.runId()), () -> {
            planStep = null;
            show(inPage("onboarding.ui.step.form"), formStep);
        });
        show(inPage("onboarding.ui.step.plan"), planStep);
    }

    private void apply(String runId) {
        flow.run(runId).ifPresent(run -> {
            showRun(run);
            applyStep.apply();
        });
    }

    private void showRun(OnboardingFlow.Run run) {
        applyStep = new ApplyStep(flow, caller, run, TenantFileLink.of(flow, run.id(), run.tenant()));
        applyStep.show(fleet.current());
        show(inPage("onboarding.ui.step.apply", run.tenant()), applyStep);
        getUI().ifPresent(ui -> ui.setPollInterval(1000));
        runs.refresh();
    }
}
