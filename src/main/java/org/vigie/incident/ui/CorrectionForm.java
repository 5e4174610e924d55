package org.vigie.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.vigie.incident.Incident;
import org.vigie.incident.IncidentRefused;
import org.vigie.incident.Incidents;
import org.vigie.incident.UpdateRequest;
import org.vigie.platform.DisplayTime;
import org.vigie.security.Caller;

/** Corrects the commander and the moment the impact started (Paris time); each correction is a new timeline entry. */
final class CorrectionForm extends HorizontalLayout {

    final TextField commander = new TextField();
    final DateTimePicker impact = new DateTimePicker();
    final Button correct = new Button();
    private Incident incident;
    private java.time.LocalDateTime shownImpact;

    CorrectionForm(Incidents incidents, Caller caller, Consumer<Incident> shown, Consumer<String> message) {
        commander.setLabel(getTranslation("incident.field.commander"));
        commander.setId("incident-commander");
        impact.setLabel(getTranslation("incident.field.impact"));
        impact.setId("incident-impact");
        correct.setText(getTranslation("incident.correct"));
        correct.setId("incident-correct");
        correct.addClickListener(e -> {
            try {
                shown.accept(incidents.update(caller, incident.id(), new UpdateRequest(null, false, null,
                        commander.getValue(), impact.getValue() == null || impact.getValue().equals(shownImpact) ? null
                                : impact.getValue().atZone(DisplayTime.ZONE).toOffsetDateTime().toString())));
                message.accept(getTranslation("incident.corrected"));
            } catch (IncidentRefused refused) {
                message.accept(getTranslation("incident.refused", refused.getMessage()));
            }
        });
        add(commander, impact, correct);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }

    void show(Incident next) {
        incident = next;
        commander.setValue(next.commander());
        impact.setValue(next.impactStartedAt().atZone(DisplayTime.ZONE).toLocalDateTime());
        shownImpact = impact.getValue();
    }
}
