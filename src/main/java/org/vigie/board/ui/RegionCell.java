package org.vigie.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.vigie.health.Status;
import org.vigie.tenant.Regions;

/** The first cell of a region's group: its name and the worst colour of its tenants, in colour and in words. */
final class RegionCell extends Div {

    private final Span word = new Span();
    private Status shown;

    RegionCell(String region) {
        addClassName("board-region");
        getElement().setAttribute("data-region", region);
        Span name = new Span();
        WholeWords.show(name, Regions.displayName(region));
        name.addClassName("board-region-name");
        word.addClassName("board-region-status");
        add(name, word);
    }

    void show(Status status) {
        if (status != shown) {
            if (shown != null) {
                removeClassName(Tile.cssClass(shown));
            }
            addClassName(Tile.cssClass(status));
            getElement().setAttribute("data-status", status.name());
            word.setText(getTranslation("status." + status.name()));
            shown = status;
        }
    }
}
