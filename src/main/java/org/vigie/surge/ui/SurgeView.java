package org.vigie.surge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.surge.SurgeDraft;
import org.vigie.surge.SurgeExecutor;
import org.vigie.surge.SurgePlan;
import org.vigie.surge.SurgePlans;
import org.vigie.surge.SurgePreset;
import org.vigie.surge.SurgeRefused;
import org.vigie.surge.SurgeWindow;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Surge plans: describe one (profile, tenants, window), compute it against the fleet as it is,
 * look at what it does (sheds included) and the next 14 days, then save it; below, the saved plans
 * to apply, revert or delete.
 */
@Menu(title = "menu.surge", order = 11)
@Route("surge")
@RolesAllowed("OPERATOR")
@PageTitle("Plans de charge — Vigie")
class SurgeView extends VerticalLayout {

    static final String NO_PRESET = "aucun (multiplicateur)";

    private final SurgePlans plans;
    private final Caller caller;
    final TextField name = new TextField("Nom du plan");
    final ComboBox<String> preset = new ComboBox<>("Profil prédéfini");
    final NumberField multiplier = new NumberField("Multiplicateur du pic ordinaire");
    final MultiSelectComboBox<String> tenants = new MultiSelectComboBox<>("Tenants");
    final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>("Régions (tous leurs tenants)");
    final Checkbox untilReverted = new Checkbox("Dès l'application, jusqu'au retour manuel", true);
    final DateTimePicker start = new DateTimePicker("Début");
    final DateTimePicker end = new DateTimePicker("Fin");
    final ComboBox<String> zone = new ComboBox<>("Fuseau horaire");
    final TextField incident = new TextField("Incident (facultatif)");
    final Checkbox shedEssential = new Checkbox("Délester aussi les services essentiels si nécessaire");
    final Button compute = new Button("Calculer");
    final Button save = new Button("Enregistrer le plan");
    final Span message = new Span();
    final SurgePlanPanel computed = new SurgePlanPanel();
    final SurgePlansList saved;
    private SurgePlan shown;

    SurgeView(SurgePlans plans, SurgeExecutor executor, TenantCatalogue catalogue, CurrentCaller currentCaller) {
        this.plans = plans;
        this.caller = currentCaller.get();
        this.saved = new SurgePlansList(plans, executor, caller);
        preset.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(NO_PRESET),
                Arrays.stream(SurgePreset.values()).map(SurgePreset::label)).toList());
        preset.setValue(NO_PRESET);
        multiplier.setValue(3.0);
        multiplier.setStep(0.5);
        tenants.setItems(catalogue.all().stream().map(Tenant::name).sorted().toList());
        regions.setItems(catalogue.regions());
        zone.setItems(List.of("Europe/Paris", "America/Cayenne", "America/Martinique", "Indian/Reunion",
                "Indian/Mayotte", "Pacific/Noumea", "UTC"));
        zone.setValue(SurgeWindow.DEFAULT_ZONE.getId());
        start.setVisible(false);
        end.setVisible(false);
        untilReverted.addValueChangeListener(e -> {
            start.setVisible(!e.getValue());
            end.setVisible(!e.getValue());
        });
        preset.addValueChangeListener(e -> multiplier.setEnabled(NO_PRESET.equals(e.getValue())));
        compute.setId("surge-compute");
        compute.addClickListener(e -> compute());
        save.setId("surge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        message.setId("surge-message");
        HorizontalLayout what = new HorizontalLayout(name, preset, multiplier, tenants, regions);
        HorizontalLayout when = new HorizontalLayout(untilReverted, start, end, zone, incident);
        HorizontalLayout how = new HorizontalLayout(shedEssential, compute, save);
        for (HorizontalLayout row : List.of(what, when, how)) {
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }
        add(new H2("Plans de charge"), new Span("Les répliques viennent de la population, de la courbe d'une journée "
                + "scolaire et de la capacité de chaque tenant ; rien n'est délesté sans être montré ici."),
                what, when, how, message, computed, new H3("Plans enregistrés"), saved);
    }

    SurgeDraft draft() {
        boolean open = untilReverted.getValue();
        String chosen = NO_PRESET.equals(preset.getValue()) ? null : preset.getValue();
        ZoneId inZone = ZoneId.of(zone.getValue() == null ? SurgeWindow.DEFAULT_ZONE.getId() : zone.getValue());
        return new SurgeDraft(name.getValue(), chosen == null ? multiplier.getValue() : null, chosen,
                List.copyOf(tenants.getValue()), List.copyOf(regions.getValue()), Map.of(), Map.of(),
                open || start.getValue() == null ? null : start.getValue().toString(),
                open || end.getValue() == null ? null : end.getValue().toString(), inZone.getId(), incident.getValue(),
                shedEssential.getValue());
    }

    void compute() {
        shown = null;
        save.setEnabled(false);
        computed.clear();
        try {
            shown = plans.compute(caller, draft());
            computed.show(shown, List.of());
            message.setText("Plan calculé : vérifiez-le, puis enregistrez-le.");
            save.setEnabled(true);
        } catch (SurgeRefused e) {
            message.setText("Refusé : " + e.getMessage());
        }
    }

    void save() {
        if (shown == null) {
            return;
        }
        try {
            plans.save(caller, shown);
            message.setText("Plan « " + shown.name() + " » enregistré"
                    + (shown.window().open() ? " : appliquez-le quand vous le voulez." : " : il s'appliquera à son début."));
            shown = null;
            save.setEnabled(false);
            saved.refresh();
        } catch (SurgeRefused e) {
            message.setText("Refusé : " + e.getMessage());
        }
    }
}
