package org.vigie.security.ui;

import org.vigie.platform.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** The "Revoke" button of a token row: shown while the token is active, says what it did. */
final class RevokeButton {

    private RevokeButton() {
    }

    static Button of(boolean active, Runnable revoke, Runnable refresh) {
        Button button = new Button(Messages.inPage("action.revoke"), e -> {
            revoke.run();
            refresh.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.setVisible(active);
        return button;
    }
}
