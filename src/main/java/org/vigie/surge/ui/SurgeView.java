package org.vigie.surge.ui;

import static org.vigie.platform.Messages.inPage;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
class SurgeView extends VerticalLayout implements HasDynamicTitle {

    /** The preset choice meaning "no preset: the multiplier applies"; the others are {@link SurgePreset} names. */
    static final String NO_PRESET = "none";

    private final SurgePlans plans;
    private final Caller caller;
    final TextField name = new TextField(inPage("surge.ui.name"));
    final ComboBox<String> preset = new ComboBox<>(inPage("surge.ui.preset"));
    final NumberField multiplier = new NumberField(inPage("surge.ui.multiplier"));
    final MultiSelectComboBox<String> tenants = new MultiSelectComboBox<>(inPage("surge.ui.tenants"));
    final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>(inPage("surge.ui.regions"));
    final Checkbox untilReverted = new Checkbox(inPage("surge.ui.untilReverted"), true);
    final DateTimePicker start = new DateTimePicker(inPage("surge.ui.start"));
    final DateTimePicker end = new DateTimePicker(inPage("surge.ui.end"));
    final ComboBox<String> zone = new ComboBox<>(inPage("surge.ui.zone"));
    final TextField incident = new TextField(inPage("surge.ui.incident"));
    final Checkbox shedEssential = new Checkbox(inPage("surge.ui.shedEssential"));
    final Button compute = new Button(inPage("surge.ui.compute"));
    final Button save = new Button(inPage("surge.ui.save"));
    final Span message = new Span();
    final SurgePlanPanel computed = new SurgePlanPanel();
    final SurgePlansList saved;
    private SurgePlan shown;

    SurgeView(SurgePlans plans, SurgeExecutor executor, TenantCatalogue catalogue, CurrentCaller currentCaller) {
        this.plans = plans;
        this.caller = currentCaller.get();
        this.saved = new SurgePlansList(plans, executor, caller);
        preset.setItems(Stream.concat(Stream.of(NO_PRESET), Arrays.stream(SurgePreset.values()).map(SurgePreset::name))
                .toList());
        preset.setItemLabelGenerator(p -> NO_PRESET.equals(p) ? inPage("surge.ui.noPreset") : inPage("surge.ui.preset." + p));
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
        add(new H2(inPage("menu.surge")), new Span(inPage("surge.ui.intro")),
                what, when, how, message, computed, new H3(inPage("surge.ui.savedPlans")), saved);
    }

    @Override
    public String getPageTitle() {
        return inPage("menu.surge") + " — Vigie";
    }

    SurgeDraft draft() {
        boolean open = untilReverted.getValue();
        String chosen = preset.getValue() == null || NO_PRESET.equals(preset.getValue()) ? null : preset.getValue();
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
            message.setText(inPage("surge.ui.computed"));
            save.setEnabled(true);
        } catch (SurgeRefused e) {
            message.setText(inPage("surge.ui.refused", e.getMessage()));
        }
    }

    void save() {
        if (shown == null) {
            return;
        }
        try {
            plans.save(caller, shown);
            message.setText(inPage(shown.window().open() ? "surge.ui.savedOpen" : "surge.ui.savedWindow", shown.name()));
            shown = null;
            save.setEnabled(false);
            saved.refresh();
        } catch (SurgeRefused e) {
            message.setText(inPage("surge.ui.refused", e.getMessage()));
        }
    }
}
