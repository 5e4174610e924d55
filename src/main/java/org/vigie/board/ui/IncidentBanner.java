package org.vigie.board.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.vigie.incident.PublicNotices.OpenIncident;

/** The latest public update of each open incident touching the board's tenants; internal notes never come here. */
final class IncidentBanner extends Div {

    private List<OpenIncident> shown = List.of();

    IncidentBanner() {
        addClassName("board-incidents");
        setId("board-incidents");
        setVisible(false);
    }

    void show(List<OpenIncident> incidents) {
        if (incidents.equals(shown)) {
            return;
        }
        shown = incidents;
        removeAll();
        setVisible(!incidents.isEmpty());
        for (OpenIncident incident : incidents) {
            Div line = new Div();
            line.addClassName("board-incident");
            line.getElement().setAttribute("data-incident", incident.id());
            line.setText(getTranslation("incident.board.banner", incident.id(), incident.title(),
                    incident.updates().getLast().text()));
            add(line);
        }
    }
}
