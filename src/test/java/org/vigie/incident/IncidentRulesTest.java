package org.vigie.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IncidentRulesTest {

    @Test
    void states_move_forward_only_and_resolved_is_final() {
        assertThat(IncidentState.INVESTIGATING.mayMoveTo(IncidentState.RESOLVED)).isTrue();
        assertThat(IncidentState.MONITORING.mayMoveTo(IncidentState.IDENTIFIED)).isFalse();
        assertThat(IncidentState.IDENTIFIED.mayMoveTo(IncidentState.IDENTIFIED)).isFalse();
        for (IncidentState next : IncidentState.values()) {
            assertThat(IncidentState.RESOLVED.mayMoveTo(next)).isFalse();
        }
    }

    @Test
    void hostile_text_is_refused_with_the_character_and_its_position() {
        assertThatThrownBy(() -> IncidentValidation.text("text", "ok\u0007", true)).hasMessage(
                "field 'text': value \"with U+0007 at position 3\" is not allowed; expected printable text on one line");
        assertThatThrownBy(() -> IncidentValidation.title("\u200b")).hasMessageContaining("U+200B");
        assertThatThrownBy(() -> IncidentValidation.title("é".repeat(121))).hasMessageContaining("1 to 120 characters");
        assertThat(IncidentValidation.title("  SSO  ")).isEqualTo("SSO");
        assertThat(IncidentValidation.title("Panne 🔥 à Besançon")).isEqualTo("Panne 🔥 à Besançon");
        assertThat(IncidentValidation.title("🔥".repeat(120))).hasSize(240);
        assertThat(IncidentValidation.text("text", "x".repeat(2000), true)).hasSize(2000);
        assertThatThrownBy(() -> IncidentValidation.text("text", "x".repeat(2001), true))
                .hasMessage("field 'text': value \"2001 characters\" is not allowed; expected at most 2000");
    }

    @Test
    void incident_ids_are_inc_numbers_and_nothing_else() {
        assertThat(Incidents.id("INC-12")).isEqualTo(12);
        assertThat(Incidents.id("inc-7")).isEqualTo(7);
        assertThat(Incidents.id("3")).isEqualTo(3);
        for (String bad : new String[] {"INC-0", "INC--1", "INC-1 ", "12; drop table incident", "INC-99999999999999999999"}) {
            assertThatThrownBy(() -> Incidents.id(bad)).isInstanceOf(IncidentRefused.class)
                    .hasMessageContaining("field 'id'");
        }
    }

    @Test
    void markdown_of_typed_text_carries_no_markup_and_no_cell_break() {
        assertThat(IncidentDocuments.markdownText("<img src=x onerror=alert(1)> | [lien](javascript:x)"))
                .isEqualTo("\\<img src=x onerror=alert\\(1\\)\\> \\| \\[lien\\]\\(javascript:x\\)");
    }
}
