package org.vigie.incident.ui;

import java.util.Locale;
import org.vigie.incident.IncidentState;
import org.vigie.incident.TimelineEntry;
import org.vigie.platform.Messages;

/** The words of states and timeline kinds in the page's language. */
final class IncidentTexts {

    private IncidentTexts() {
    }

    static String state(IncidentState state) {
        return Messages.inPage("incident.state." + state.name());
    }

    static String kind(TimelineEntry.Kind kind) {
        return Messages.inPage("incident.kind." + kind.name().toLowerCase(Locale.ROOT));
    }
}
