package org.vigie.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;
import org.vigie.incident.IncidentRefused;
import org.vigie.incident.MaintenanceWindow;
import org.vigie.incident.MaintenanceWindows;
import org.vigie.platform.DisplayTime;
import org.vigie.platform.TextLimit;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.tenant.TenantCatalogue;

/** Maintenance windows not yet over; operators plan one (Paris time) or end one now. */
final class MaintenancePanel extends VerticalLayout {

    private final MaintenanceWindows maintenance;
    private final Caller caller;
    final Grid<MaintenanceWindow> windows = new Grid<>();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final MultiSelectComboBox<String> tenants = new MultiSelectComboBox<>();
    final TextField text = new TextField();
    final Button plan = new Button();
    final Span message = new Span();

    MaintenancePanel(MaintenanceWindows maintenance, TenantCatalogue catalogue, Caller caller) {
        this.maintenance = maintenance;
        this.caller = caller;
        setPadding(false);
        windows.setId("maintenance-windows");
        windows.addThemeVariants(GridVariant.LUMO_COMPACT);
        windows.setAllRowsVisible(true);
        windows.addColumn(w -> DisplayTime.dayAndTime(w.start())).setHeader(getTranslation("incident.maintenance.start"));
        windows.addColumn(w -> DisplayTime.dayAndTime(w.end())).setHeader(getTranslation("incident.maintenance.end"));
        windows.addColumn(w -> String.join(", ", w.tenants())).setHeader(getTranslation("incident.field.tenants"));
        windows.addColumn(MaintenanceWindow::publicText).setHeader(getTranslation("incident.maintenance.text")).setFlexGrow(2);
        if (caller.has(Role.OPERATOR)) {
            windows.addComponentColumn(w -> new Button(getTranslation("incident.maintenance.endNow"), e -> end(w)));
        }
        start.setLabel(getTranslation("incident.maintenance.start"));
        end.setLabel(getTranslation("incident.maintenance.end"));
        tenants.setLabel(getTranslation("incident.field.tenants"));
        tenants.setItems(catalogue.names());
        text.setLabel(getTranslation("incident.maintenance.text"));
        TextLimit.of(text, 2000);
        plan.setText(getTranslation("incident.maintenance.plan"));
        plan.setId("maintenance-plan");
        plan.addClickListener(e -> plan());
        message.setId("maintenance-message");
        HorizontalLayout form = new HorizontalLayout(start, end, tenants, text, plan);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setVisible(caller.has(Role.OPERATOR));
        add(windows, form, message);
        refresh();
    }

    void plan() {
        if (TextLimit.check(text)) {
            return;
        }
        try {
            maintenance.plan(caller, offset(start.getValue()), offset(end.getValue()), List.copyOf(new TreeSet<>(tenants.getValue())),
                    text.getValue());
            message.setText(getTranslation("incident.maintenance.planned"));
            refresh();
        } catch (IncidentRefused e) {
            message.setText(getTranslation("incident.refused", e.getMessage()));
        }
    }

    private void end(MaintenanceWindow window) {
        try {
            maintenance.end(caller, window.id());
            message.setText(getTranslation("incident.maintenance.ended"));
        } catch (IncidentRefused e) {
            message.setText(getTranslation("incident.refused", e.getMessage()));
        }
        refresh();
    }

    private void refresh() {
        windows.setItems(maintenance.notOver());
    }

    private static String offset(LocalDateTime local) {
        return local == null ? null : local.atZone(DisplayTime.ZONE).toOffsetDateTime().toString();
    }
}
