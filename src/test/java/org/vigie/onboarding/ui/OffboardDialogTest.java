package org.vigie.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffboardDialogTest {

    final List<String> confirmed = new ArrayList<>();
    final OffboardDialog dialog = new OffboardDialog("loire-colleges", "ent-loire-colleges", confirmed::add);

    @Test
    void offboarding_stays_disabled_until_the_exact_name_and_a_reason_are_typed() {
        assertThat(dialog.offboard.isEnabled()).isFalse();
        dialog.reason.setValue("Fin de contrat");
        for (String almost : List.of("loire", "Loire-colleges", "loire-colleges ", " loire-colleges", "ent-loire-colleges")) {
            dialog.confirmation.setValue(almost);
            assertThat(dialog.offboard.isEnabled()).as(almost).isFalse();
        }

        dialog.confirmation.setValue("loire-colleges");
        assertThat(dialog.offboard.isEnabled()).isTrue();
        dialog.reason.setValue("  ");
        assertThat(dialog.offboard.isEnabled()).isFalse();
    }

    @Test
    void a_click_that_reaches_a_disabled_button_offboards_nothing() {
        dialog.confirmation.setValue("loire");
        dialog.reason.setValue("Fin de contrat");

        dialog.offboard.click();

        assertThat(confirmed).isEmpty();
    }

    @Test
    void the_typed_name_and_reason_confirm_the_offboarding_once() {
        dialog.confirmation.setValue("loire-colleges");
        dialog.reason.setValue("Fin de contrat");

        dialog.offboard.click();

        assertThat(confirmed).containsExactly("Fin de contrat");
    }
}
