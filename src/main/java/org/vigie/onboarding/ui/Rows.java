package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A list of rows a person adds and removes (services, contacts); each row has its own « Retirer » button. */
class Rows<R extends Component> extends VerticalLayout {

    private final Map<R, HorizontalLayout> rows = new LinkedHashMap<>();
    private final Div list = new Div();
    private final Supplier<R> newRow;

    Rows(String title, String addLabel, String id, Supplier<R> newRow) {
        this.newRow = newRow;
        setId(id);
        setPadding(false);
        Button add = new Button(addLabel, e -> add());
        add.setId(id + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new H4(title), list, add);
    }

    R add() {
        R row = newRow.get();
        Button remove = new Button(inPage("onboarding.ui.rows.remove"), e -> remove(row));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout line = new HorizontalLayout(row, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.put(row, line);
        list.add(line);
        return row;
    }

    void remove(R row) {
        HorizontalLayout line = rows.remove(row);
        if (line != null) {
            list.remove(line);
        }
    }

    void clear() {
        List.copyOf(rows.keySet()).forEach(this::remove);
    }

    List<R> rows() {
        return new ArrayList<>(rows.keySet());
    }
}
