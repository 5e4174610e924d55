package org.vigie.board.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;

/** While surge plans are in effect, says so above the tiles, naming them: the board is not at rest. */
class SurgeBanner extends Div {

    static final String ID = "board-surge-banner";

    SurgeBanner() {
        setId(ID);
        getElement().setAttribute("role", "status");
        getStyle().set("background", "#0b3d91").set("color", "#ffffff").set("font-weight", "bold")
                .set("padding", "0.4em 1em").set("text-align", "center");
        setVisible(false);
    }

    void show(List<String> plans) {
        setVisible(!plans.isEmpty());
        setText(plans.isEmpty() ? "" : getTranslation("board.surgeActive", plans.size(), String.join(" · ", plans)));
    }
}
