package org.vigie.platform;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * A banner shown while PostgreSQL does not answer and hidden as soon as it is back, pushed to the
 * open page. What comes from the clusters keeps flowing meanwhile; what needs the database (scaling,
 * changes, the audit trail) is paused.
 */
public class DatabaseBanner extends Div {

    public static final String ID = "database-banner";

    private final DatabaseAvailability availability;
    private Runnable unsubscribe;

    public DatabaseBanner(DatabaseAvailability availability, String text) {
        this.availability = availability;
        setId(ID);
        setText(text);
        getElement().setAttribute("role", "alert");
        getStyle().set("background", "#b3261e").set("color", "#ffffff").set("font-weight", "bold")
                .set("padding", "0.5em 1em").set("text-align", "center");
        setVisible(!availability.available());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        setVisible(!availability.available());
        unsubscribe = availability.subscribe(PageUpdates.newest(ui, state -> setVisible(!state.available())));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }
}
