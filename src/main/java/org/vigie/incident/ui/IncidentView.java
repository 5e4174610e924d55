package org.vigie.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.vigie.incident.Incident;
import org.vigie.incident.IncidentRefused;
import org.vigie.incident.IncidentState;
import org.vigie.incident.IncidentTimeline;
import org.vigie.incident.Incidents;
import org.vigie.incident.TimelineEntry;
import org.vigie.incident.UpdateRequest;
import org.vigie.platform.DisplayTime;
import org.vigie.platform.TextLimit;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.security.Role;

/** One incident: its facts, its timeline in time order, and the form for a note, a public update or a state change. */
@Route("incidents/:id(INC-[0-9]{1,18})")
@RolesAllowed("VIEWER")
class IncidentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Incidents incidents;
    private final IncidentTimeline timeline;
    private final Caller caller;
    final H2 heading = new H2();
    final Paragraph facts = new Paragraph();
    final Grid<TimelineEntry> entries = new Grid<>();
    final TextField text = new TextField();
    final Checkbox publicUpdate = new Checkbox();
    final ComboBox<IncidentState> state = new ComboBox<>();
    final Button post = new Button();
    final Span message = new Span();
    private final HorizontalLayout form;
    final CorrectionForm correction;
    private Incident incident;

    IncidentView(Incidents incidents, IncidentTimeline timeline, CurrentCaller callers) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.caller = callers.get();
        heading.setId("incident-heading");
        facts.setId("incident-facts");
        entries.setId("incident-timeline");
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setAllRowsVisible(true);
        entries.addColumn(e -> DisplayTime.dayAndTime(e.at())).setHeader(getTranslation("incident.col.at")).setWidth("11em").setFlexGrow(0);
        entries.addColumn(e -> IncidentTexts.kind(e.kind())).setHeader(getTranslation("incident.col.kind")).setWidth("10em").setFlexGrow(0);
        entries.addColumn(TimelineEntry::actor).setHeader(getTranslation("incident.col.actor")).setWidth("9em").setFlexGrow(0);
        entries.addColumn(TimelineEntry::text).setHeader(getTranslation("incident.col.text")).setFlexGrow(1);
        entries.addColumn(e -> e.publicUpdate() ? getTranslation("incident.public") : "").setHeader(getTranslation("incident.col.public"))
                .setWidth("7em").setFlexGrow(0);
        text.setLabel(getTranslation("incident.field.text"));
        text.setId("incident-text");
        text.setWidth("40em");
        TextLimit.of(text, 2000);
        publicUpdate.setLabel(getTranslation("incident.field.public"));
        publicUpdate.setId("incident-public");
        state.setLabel(getTranslation("incident.field.state"));
        state.setItemLabelGenerator(IncidentTexts::state);
        state.setClearButtonVisible(true);
        state.setId("incident-state");
        post.setText(getTranslation("incident.post"));
        post.setId("incident-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        message.setId("incident-message");
        form = new HorizontalLayout(text, publicUpdate, state, post);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        boolean writes = caller.has(Role.OPERATOR) || caller.has(Role.ACCOUNT_MANAGER);
        form.setVisible(writes);
        if (!caller.has(Role.OPERATOR)) {
            publicUpdate.setValue(true);
            publicUpdate.setEnabled(false);
            state.setVisible(false);
        }
        correction = new CorrectionForm(incidents, caller, this::show, message::setText);
        correction.setVisible(caller.has(Role.OPERATOR));
        add(heading, facts, correction, new H3(getTranslation("incident.timeline")), form, message, entries);
    }

    @Override
    public String getPageTitle() {
        return (incident == null ? "" : incident.reference() + " — ") + getTranslation("menu.incidents") + " — Vigie";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        incident = incidents.find(Incidents.id(id)).orElse(null);
        if (incident == null) {
            heading.setText(getTranslation("incident.notFound", id));
            form.setVisible(false);
            correction.setVisible(false);
            return;
        }
        show(incident);
    }

    void show(Incident shown) {
        this.incident = shown;
        heading.setText(shown.reference() + " — " + shown.title());
        facts.setText(getTranslation("incident.facts", shown.severity().name(), IncidentTexts.state(shown.state()),
                String.join(", ", shown.tenants()), shown.services().isEmpty() ? "—" : String.join(", ", shown.services()),
                shown.declaredBy(), DisplayTime.dateTime(shown.declaredAt()), DisplayTime.dateTime(shown.impactStartedAt()),
                shown.commander()));
        facts.getElement().setAttribute("data-state", shown.state().name());
        entries.setItems(timeline.of(shown));
        state.setItems(Arrays.stream(IncidentState.values()).filter(shown.state()::mayMoveTo).toList());
        form.setVisible(shown.state().open() && (caller.has(Role.OPERATOR) || caller.has(Role.ACCOUNT_MANAGER)));
        correction.show(shown);
        correction.setVisible(shown.state().open() && caller.has(Role.OPERATOR));
        if (getChildren().noneMatch(c -> c instanceof Anchor)) {
            add(new Anchor("api/v1/incidents/" + shown.reference() + "/review?format=md", getTranslation("incident.reviewMd")),
                    new Anchor("api/v1/incidents/" + shown.reference() + "/review?format=json", getTranslation("incident.reviewJson")));
        }
    }

    void post() {
        if (incident == null || TextLimit.check(text)) {
            return;
        }
        try {
            Incident updated = incidents.update(caller, incident.id(), new UpdateRequest(text.getValue(),
                    publicUpdate.getValue(), state.getValue() == null ? null : state.getValue().name(), null, null));
            message.setText(getTranslation(publicUpdate.getValue() ? "incident.posted.public" : "incident.posted"));
            text.clear();
            state.clear();
            show(updated);
        } catch (IncidentRefused e) {
            message.setText(getTranslation("incident.refused", e.getMessage()));
        }
    }
}
