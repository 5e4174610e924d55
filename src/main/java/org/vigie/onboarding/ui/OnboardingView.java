package org.vigie.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.vigie.cluster.ClusterConnections;
import org.vigie.platform.ConsoleMode;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Bringing a County or a Region onto a cluster in one flow: the form, the plan of what will change, then
 * the audited apply with its progress live. A contract change, a suspension or an offboarding starts
 * from an existing tenant; recent runs below can be resumed or rolled back after a restart.
 */
@Menu(title = "Intégration", order = 35)
@Route("onboarding")
@PageTitle("Intégration — Vigie")
@RolesAllowed("ACCOUNT_MANAGER")
class OnboardingView extends VerticalLayout {

    private final TenantCatalogue catalogue;
    private final List<String> clusters;
    private final Span stepper = new Span();
    private final Div step = new Div();
    FormStep formStep;

    OnboardingView(TenantCatalogue catalogue, ClusterConnections connections, ConsoleMode mode) {
        this.catalogue = catalogue;
        this.clusters = connections.names().stream().sorted().toList();
        setId("onboarding");
        stepper.setId("onb-stepper");
        step.setWidthFull();
        add(new H2("Intégrer une collectivité"), toolbar(mode.isDemo()), stepper, step);
        showForm(new FormStep(clusters, this::plan));
    }

    private HorizontalLayout toolbar(boolean demo) {
        ComboBox<String> existing = new ComboBox<>("Partir d'un locataire existant (changement de contrat)");
        existing.setId("onb-existing");
        existing.setItems(catalogue.names());
        existing.setWidth("24em");
        existing.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                catalogue.find(e.getValue()).ifPresent(this::startFrom);
            }
        });
        Button blank = new Button("Nouvelle collectivité", e -> {
            existing.clear();
            showForm(new FormStep(clusters, this::plan));
        });
        blank.setId("onb-new");
        HorizontalLayout bar = new HorizontalLayout(existing, blank);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (demo) {
            Button loire = new Button("Exemple : Loire", e -> {
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
        stepper.setText("Étape 1 sur 3 : formulaire · 2 : plan · 3 : application");
        step.removeAll();
        step.add(form);
    }

    private void plan(Tenant tenant) {
        stepper.setText("Étape 2 sur 3 : plan");
    }
}
