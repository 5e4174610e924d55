package org.vigie.fleet.ui;

import org.vigie.tenant.Regions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.vigie.health.Status;
import org.vigie.health.TenantState;

/** The counts by colour (each a filter), a region, a text and "only what is not green". */
final class TriageBar extends HorizontalLayout {

    private final Map<Status, Button> counts = new EnumMap<>(Status.class);
    private final Set<Status> chosen = EnumSet.noneOf(Status.class);
    final ComboBox<String> region = new ComboBox<>();
    final TextField text = new TextField();
    final Checkbox notGreenOnly = new Checkbox();
    private FleetTriage triage;
    private final Consumer<FleetTriage> changed;

    TriageBar(FleetTriage initial, Consumer<FleetTriage> changed) {
        this.triage = initial;
        this.changed = changed;
        setId("fleet-triage");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (Status status : List.of(Status.RED, Status.AMBER, Status.GREY, Status.GREEN)) {
            Button button = new Button();
            button.setId("count-" + status.name().toLowerCase(Locale.ROOT));
            button.addClassName(StatusBadge.cssClass(status));
            button.addClickListener(e -> toggle(status));
            counts.put(status, button);
            add(button);
        }
        region.setLabel(getTranslation("triage.region"));
        region.setItemLabelGenerator(Regions::displayName);
        text.setLabel(getTranslation("triage.search"));
        notGreenOnly.setLabel(getTranslation("triage.notGreenOnly"));
        region.setClearButtonVisible(true);
        region.addValueChangeListener(e -> update(triage.withRegion(e.getValue())));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPlaceholder(getTranslation("triage.searchPlaceholder"));
        text.addValueChangeListener(e -> update(triage.withText(e.getValue())));
        notGreenOnly.setValue(initial.notGreenOnly());
        notGreenOnly.addValueChangeListener(e -> update(triage.withNotGreenOnly(e.getValue())));
        add(region, text, notGreenOnly);
    }

    void show(List<TenantState> tenants, Set<String> regions) {
        if (!regions.equals(Set.copyOf(region.getListDataView().getItems().toList()))) {
            region.setItems(regions);
        }
        FleetTriage.counts(tenants).forEach((status, count) -> {
            Button button = counts.get(status);
            button.setText(StatusBadge.colour(status) + " " + count);
            button.getElement().setAttribute("aria-pressed", String.valueOf(chosen.contains(status)));
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (chosen.contains(status)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    private void toggle(Status status) {
        if (!chosen.remove(status)) {
            chosen.add(status);
        }
        update(triage.withStatuses(chosen));
    }

    private void update(FleetTriage next) {
        triage = next;
        changed.accept(next);
    }
}
