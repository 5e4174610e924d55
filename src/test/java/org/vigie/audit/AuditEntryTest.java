package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigie.audit.AuditEntry.Outcome;

class AuditEntryTest {

    private static AuditEntry scale(String reason, String incident) {
        return new AuditEntry("alice", "scale", "ara-lycees", "sso", 2, 6, reason, incident, Outcome.REQUESTED,
                "replicas", UUID.randomUUID(), null);
    }

    @Test
    void control_characters_in_a_text_field_are_refused_with_the_field_and_character_named() {
        assertThatThrownBy(() -> scale("storm\nINFO forged line", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'reason'").hasMessageContaining("U+000A");
        assertThatThrownBy(() -> scale("storm", "INC\u007f42")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'incident'").hasMessageContaining("U+007F");
        assertThatThrownBy(() -> scale("storm\u0085", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'reason'").hasMessageContaining("U+0085");
        assertThatThrownBy(() -> scale("a\u001fb", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+001F");
    }
}
