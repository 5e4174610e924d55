package org.vigie.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.vigie.incident.IncidentEvent;
import org.vigie.incident.IncidentState;
import org.vigie.incident.OpenIncidents;
import org.vigie.incident.Severity;
import org.vigie.incident.TimelineEntry;

@org.springframework.boot.test.context.SpringBootTest
@WithUserDetails("operator")
@RecordApplicationEvents
class IncidentViewIT extends SpringBrowserlessTest {

    @Autowired
    OpenIncidents open;

    @Autowired
    ApplicationEvents events;

    @Test
    void an_operator_declares_notes_publishes_and_resolves_an_incident_in_french() {
        DeclareIncidentView declare = navigate(DeclareIncidentView.ROUTE, DeclareIncidentView.class);
        test(declare.declare).click();
        assertThat(declare.message.getText()).startsWith("Refusé : field 'title'");
        assertThat(declare.declare.getText()).isEqualTo("Déclarer un incident");

        com.vaadin.flow.component.UI.getCurrent().navigate(DeclareIncidentView.ROUTE,
                new QueryParameters(Map.of("tenants", List.of("rhone-colleges,atlantide"))));
        declare = (DeclareIncidentView) getCurrentView();
        assertThat(declare.tenants.getValue()).containsExactly("rhone-colleges");
        test(declare.title).setValue("Portail du Rhône inaccessible");
        test(declare.severity).selectItem("SEV1 — service critique indisponible pour un ou plusieurs tenants entiers");
        test(declare.summary).setValue("Erreurs 502 au portail");
        test(declare.declare).click();

        IncidentView view = (IncidentView) getCurrentView();
        assertThat(view.heading.getText()).startsWith("INC-").endsWith(" — Portail du Rhône inaccessible");
        assertThat(view.facts.getText()).contains("SEV1").contains("Analyse en cours").contains("rhone-colleges");

        test(view.correction.commander).setValue("admin");
        test(view.correction.correct).click();
        assertThat(view.message.getText()).isEqualTo("Correction enregistrée (nouvelle entrée de la chronologie).");
        assertThat(view.facts.getText()).contains("responsable : admin");

        test(view.text).setValue("Piste : répartiteur de charge");
        test(view.post).click();
        assertThat(view.message.getText()).isEqualTo("Note interne enregistrée.");
        test(view.text).setValue("Le portail est de nouveau accessible.");
        test(view.publicUpdate).click();
        test(view.state).selectItem("Sous surveillance");
        test(view.post).click();
        assertThat(view.message.getText()).isEqualTo("Communication publique publiée.");
        List<TimelineEntry> timeline = view.entries.getListDataView().getItems().toList();
        assertThat(timeline).extracting(TimelineEntry::kind).containsSubsequence(TimelineEntry.Kind.STATE,
                TimelineEntry.Kind.STATE, TimelineEntry.Kind.NOTE, TimelineEntry.Kind.STATE, TimelineEntry.Kind.UPDATE);
        assertThat(timeline).filteredOn(e -> e.kind() == TimelineEntry.Kind.NOTE).allMatch(e -> !e.publicUpdate());
        String id = view.heading.getText().substring(0, view.heading.getText().indexOf(' '));
        assertThat(open.current().published()).anyMatch(i -> i.id().equals(id)
                && i.updates().stream().noneMatch(u -> u.text().contains("répartiteur")));

        test(view.state).selectItem("Résolu");
        test(view.post).click();
        assertThat(view.facts.getElement().getAttribute("data-state")).isEqualTo(IncidentState.RESOLVED.name());
        assertThat(view.text.isVisible() && view.post.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(open.current().incidents()).noneMatch(i -> i.id().equals(id));

        assertThat(events.stream(IncidentEvent.class).filter(e -> e.incidentId().equals(id)))
                .extracting(IncidentEvent::type, IncidentEvent::publicUpdate, IncidentEvent::state)
                .containsExactly(tuple(IncidentEvent.Type.DECLARED, false, "INVESTIGATING"),
                        tuple(IncidentEvent.Type.UPDATED, false, "INVESTIGATING"),
                        tuple(IncidentEvent.Type.UPDATED, false, "INVESTIGATING"),
                        tuple(IncidentEvent.Type.UPDATED, true, "MONITORING"),
                        tuple(IncidentEvent.Type.RESOLVED, false, "RESOLVED"));

        IncidentsView list = navigate(IncidentsView.class);
        assertThat(list.grid.getListDataView().getItems()).anyMatch(i -> i.reference().equals(id)
                && i.severity() == Severity.SEV1);
    }
}
