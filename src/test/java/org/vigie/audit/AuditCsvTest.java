package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigie.audit.AuditEntry.Outcome;

class AuditCsvTest {

    @Test
    void records_become_rfc4180_lines_with_quotes_commas_newlines_and_formulas_escaped() {
        UUID correlation = UUID.fromString("00000000-0000-0000-0000-000000000042");
        AuditRecord record = new AuditRecord(7, Instant.parse("2026-11-23T06:45:00Z"), "alice", "scale", "ara-lycees",
                "sso", 2, 6, "storm, \"big\"\nreally", "=HYPERLINK(\"x\")", Outcome.SUCCEEDED, null, correlation, null, "k1",
                "a", "b");

        String csv = AuditCsv.of(List.of(record));

        assertThat(csv.split("\r\n")[0]).isEqualTo(String.join(",", AuditCsv.HEADER));
        assertThat(csv).endsWith("\r\n").contains("7,2026-11-23T06:45:00Z,alice,scale,ara-lycees,sso,2,6,"
                + "\"storm, \"\"big\"\"\nreally\",\"'=HYPERLINK(\"\"x\"\")\",SUCCEEDED,,"
                + "00000000-0000-0000-0000-000000000042,a,b\r\n");
    }

    @Test
    void every_formula_injection_vector_owasp_lists_is_neutralised() {
        for (String attack : List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1", " =1+1",
                "  @SUM(A1)", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", "\t", "\r\n-2")) {
            String cell = AuditCsv.field(attack);
            assertThat(cell).as("cell for %s", attack.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList())
                    .startsWith("\"'").endsWith("\"");
        }
        assertThat(AuditCsv.field("storm at 07:45")).isEqualTo("storm at 07:45");
        assertThat(AuditCsv.field("a-b")).isEqualTo("a-b");
    }
}
